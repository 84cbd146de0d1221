/**
 * The guest page's words (keys start with `guest.`). The English is the text guests have always
 * read (the e2e tests assert it): change it only on purpose.
 */
export const guest = {
  'guest.documentTitle': 'Join the show · Hotseat',
  'guest.title': 'Join the show',

  'guest.link.incomplete.title': 'This join link is incomplete',
  'guest.link.incomplete.body': 'Open the full link from your receipt or from the host’s invitation; it ends with <code>#t=…</code>.',
  'guest.unsupported.title': 'This browser can’t join video calls',
  'guest.unsupported.body': 'Open this link in a recent Chrome, Edge, Firefox or Safari (not inside another app’s built-in browser).',
  'guest.replaced.title': 'You’re on the show from another tab or device',
  'guest.refused.title': 'You can’t join with this link',
  'guest.loadFailed.title': 'Could not open your seat',
  'guest.connecting': 'Connecting to the studio…',
  'guest.left.title': 'You left the green room',
  'guest.left.body': 'Your place is kept until the host ends your seat.',
  'guest.left.rejoin': 'Rejoin',

  'guest.check.title': 'Check your camera and microphone',
  'guest.check.preview': 'Your camera preview',
  'guest.check.starting': 'Starting your camera…',
  'guest.check.noPicture': 'No camera picture',
  'guest.check.level': 'Microphone level — say something',
  'guest.check.camera': 'Camera',
  'guest.check.cameraDefault': 'Default camera',
  'guest.check.cameraNumbered': 'Camera {number}',
  'guest.check.microphone': 'Microphone',
  'guest.check.microphoneDefault': 'Default microphone',
  'guest.check.microphoneNumbered': 'Microphone {number}',
  'guest.check.name': 'Your name on screen',
  'guest.check.nameMissing': 'Enter the name the audience will see',
  'guest.check.nameTooLong': 'At most {max} characters',
  'guest.check.join': 'Join the green room',
  'guest.check.joining': 'Joining…',
  'guest.level': 'Microphone level',

  'guest.media.denied.title': 'Camera and microphone are blocked',
  'guest.media.denied.help':
    'Allow camera and microphone for this page: click the camera icon in the address bar (or your browser’s site settings), choose “Allow”, then try again.',
  'guest.media.noDevice.title': 'No camera or microphone found',
  'guest.media.noDevice.help': 'Plug in a camera and a microphone (or a headset), or pick another one below, then try again.',
  'guest.media.busy.title': 'Your camera or microphone is in use',
  'guest.media.busy.help': 'Another app (a video call, OBS, another tab) is using it. Close that app or tab, then try again.',
  'guest.media.insecure.title': 'This page cannot use your camera here',
  'guest.media.insecure.help': 'Browsers only allow cameras on secure (https) pages. Ask the host for their https link.',
  'guest.media.other.title': 'Could not start your camera and microphone',
  'guest.media.other.help': 'Try again, or try another browser. ({detail})',

  'guest.room.label': 'Green room',
  'guest.room.you': 'You',
  'guest.room.youCaption': 'You{onAir, select, yes { · on air} other {}}{onlyYou, select, yes { · only you see this for now} other {}}',
  'guest.room.hostVideo': 'The host or a moderator',
  'guest.room.hostCaption': 'Host’s team',
  'guest.room.reconnecting.title': 'Reconnecting to the studio…',
  'guest.room.reconnecting.body': 'Stay on this page: you keep your place and your time.',
  'guest.room.leave': 'Leave the green room',

  'guest.noPath.title': 'Your video can’t reach the studio',
  'guest.noPath.body':
    'Your browser and the studio found no way to connect through this network, so the host can’t see or hear you yet. You keep your place and your time; this page keeps trying by itself.',
  'guest.noPath.helpsTitle': 'What helps:',
  'guest.noPath.otherNetwork': 'Try another network: switch from office or school Wi-Fi to a phone hotspot or home Wi-Fi.',
  'guest.noPath.vpn': 'Turn off a VPN or firewall app for this page, if you have one.',
  'guest.noPath.tellHost': 'Tell the host: their studio may need a TURN server (Settings → Guests) to reach guests on networks like yours.',

  'guest.status.waiting.title': 'You’re in the green room',
  // `minutes` is 0 for "under a minute"; the English has always read "about less than a minute".
  'guest.status.waiting.place':
    '<strong>{place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}</strong> in line{estimate, select, known { · {minutes, plural, =0 {about less than a minute} one {about # minute} other {about # minutes}} to go} other {}}',
  'guest.status.waiting.note': 'Stay on this page. The host will call you; you are not on the show yet.',
  'guest.status.called.title': 'The host is calling you — you’re next!',
  'guest.status.called.note': 'Get ready: you’ll be brought backstage or on air in a moment.',
  'guest.status.backstage.withHost.title': 'Backstage with the host',
  'guest.status.backstage.withHost.note': 'You can talk with the host now. You are <strong>not on the program</strong>: the audience can’t see or hear you.',
  'guest.status.backstage.withModerator.title': 'Backstage with {name}',
  'guest.status.backstage.withModerator.note':
    'You can talk with {name}, a moderator of the show, now. You are <strong>not on the program</strong>: the audience can’t see or hear you.',
  'guest.status.live.title': 'You’re ON AIR',
  'guest.status.live.timeLeft': '{time} left',
  'guest.status.live.running': 'left on your time',
  'guest.status.live.paused': 'Your time is paused while your video reconnects.',
  'guest.status.live.wrapUp': 'Time to wrap up — say your goodbyes.',
  'guest.status.live.muted': 'The host muted your microphone on the program.',
  'guest.status.live.hidden': 'The host hid your video from the program for now.',
  'guest.status.picturePaused':
    'The host will see your picture when you are near the front of the line. Until then your camera picture stays on this page; keep it on, and you join the moment you are called.',

  'guest.selfie.in': 'Selfie in',
  'guest.selfie.smile': 'Look into your camera and smile!',
  'guest.selfie.snap': 'Snap! Your selfie will be on your receipt.',

  'guest.thanks.title': '{outcome, select, served {Thank you for joining the show!} no_show {You missed your turn} other {Your seat has ended}}',
  'guest.thanks.noShow': 'The host called you, but you didn’t join in time.',
  'guest.thanks.dropped': 'Your seat ended before you had your time on air.',
  'guest.thanks.cancelled': 'Your seat was cancelled.',
  'guest.thanks.charged': 'Your card was charged for your time on air.',
  'guest.thanks.willBeCharged': 'Your card will be charged for your time on air.',
  'guest.thanks.notCharged': 'You were not charged: the hold on your card is released.',
  'guest.thanks.close': 'You can close this page.',
} as const;
