/**
 * The status lines of the pages OBS opens (program, alert overlay), for the person setting OBS up:
 * in the page's own language (OBS's browser source carries OBS's), never drawn inside OBS's picture.
 */
export const obsPages = {
  'obsPage.connecting': 'Connecting to the studio…',
  'obsPage.overlay.noKey': 'This overlay link has no key. Copy it again from the studio (Program tab → OBS).',
  'obsPage.overlay.loadFailed': 'Connected, but the studio could not send the overlay’s settings: {reason}',
  'obsPage.overlay.inProgram': 'Connected. Alerts are drawn into the program picture right now (Settings → Program → Alerts), so this overlay stays empty and they never show twice.',
  'obsPage.overlay.connected': 'Connected: tips, gifts and sales appear here.',
  'obsPage.overlay.reconnecting': '{seconds, plural, =0 {Lost the studio. Reconnecting…} one {Lost the studio. Reconnecting in # s…} other {Lost the studio. Reconnecting in # s…}} (alerts that arrive meanwhile play once it is back)',
  'obsPage.overlay.offline': 'No network. The overlay reconnects when it is back.',
  'obsPage.overlay.refused': 'The studio refused this overlay link: {reason} Copy the overlay link again from the studio (Program tab → OBS).',
  'obsPage.program.noKey': 'This program link has no key. Copy it again from the studio (Program tab).',
  'obsPage.program.waiting': 'Waiting for the studio’s program…',
} as const;
