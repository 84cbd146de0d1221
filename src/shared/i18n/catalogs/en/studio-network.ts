/** Studio → Settings → Network: the listening address, going public (own server, ngrok, own address) and where it stands. */
export const studioNetwork = {
  'settings.network.title': 'Network',
  'settings.network.advanced': 'Advanced: listening address and proxies',
  'settings.network.bind.label': 'Bind address',
  'settings.network.bind.hint': '127.0.0.1 keeps the server on this computer. 0.0.0.0 opens it to your network (needed for phones on the same Wi-Fi).',
  'settings.network.proxies.label': 'Trusted proxy addresses',
  'settings.network.proxies.hint':
    "Only for a tunnel or proxy you run yourself (I have my own address): the address it connects from, e.g. 127.0.0.1. Viewers behind it are then told apart by their own limits. The studio's own tunnels need nothing here.",
  'settings.network.restart.title': 'Restart Hotseat to listen on {address}',
  'settings.network.restart.body': 'The studio is listening on {address} until then.',
  'settings.network.save': 'Save network settings',

  'settings.network.public.legend': 'Go public',
  'settings.network.public.mode': '{mode, select, off {Off: this computer only} own_server {My own server (SSH tunnel)} ngrok {ngrok} own_url {I have my own address} other {{mode}}}',
  'settings.network.public.modeHint':
    '{mode, select, off {Nothing leaves this computer. Fine for a rehearsal on your own.} own_server {Your server (any small Linux VPS) holds the HTTPS address and TURN; the studio connects out to it, no port forwarding at home.} ngrok {An address from ngrok in one click. The free plan shows viewers a warning page once; a paid plan or your own domain removes it.} own_url {You run a reverse proxy or tunnel yourself and type its HTTPS address.} other {}}',
  'settings.network.public.ngrokDomain.label': 'Your ngrok domain (optional)',
  'settings.network.public.ngrokDomain.hint': 'A domain reserved in your ngrok dashboard (Domains) keeps the same address for every show. Empty: ngrok picks one each time.',
  'settings.network.public.ownUrl.label': 'Public address',
  'settings.network.public.ownUrl.hint': "Your tunnel or reverse proxy, e.g. https://show.example.com. Cameras need HTTPS on guests' browsers.",
  'settings.network.public.save': 'Save',
  'settings.network.public.saveReconnect': 'Save and reconnect',
  'settings.network.public.go': 'Go public',

  'settings.network.ngrok.label': 'ngrok authtoken',
  'settings.network.ngrok.replace': 'Replace ngrok authtoken',
  'settings.network.ngrok.hintSet': 'A token is saved (kept encrypted; never shown again).',
  'settings.network.ngrok.hintUnset': 'From dashboard.ngrok.com → Your Authtoken. Kept encrypted by your system; never shown again.',
  'settings.network.ngrok.save': 'Save token',

  'settings.network.own.publicUrl.label': 'Public HTTPS address',
  'settings.network.own.publicUrl.hint': 'The address viewers open, served by Caddy on your server, e.g. https://show.example.com (its DNS points at the server).',
  'settings.network.own.host.label': 'Server address',
  'settings.network.own.host.hint': 'Host name or IP the studio connects to over SSH.',
  'settings.network.own.sshPort': 'SSH port',
  'settings.network.own.username': 'User on the server',
  'settings.network.own.remotePort.label': 'Tunnel port',
  'settings.network.own.remotePort.hint': 'Caddy forwards here (server loopback only).',
  'settings.network.own.key': 'The studio’s key for your server',
  'settings.network.own.key.copy': 'Copy key',
  'settings.network.own.key.none': 'Appears once you choose “My own server” and save.',
  'settings.network.own.setup':
    'On a fresh Debian or Ubuntu server, run the setup script from docs/PUBLIC.md (it installs Caddy for HTTPS and coturn for guests, and lets only this key open the tunnel):',
  'settings.network.own.setup.copy': 'Copy setup command',

  'settings.network.status.title': 'Public address',
  'settings.network.status.label': '{state, select, off {Off} opening {Connecting…} reconnecting {Reconnecting…} public {Public} checking {Checking…} unreachable {Not reachable} other {Not public}}',
  'settings.network.status.summary':
    '{state, select, off {Links work on this computer only: viewers, guests and moderators elsewhere cannot open them.} opening {Opening the tunnel…} reconnectingPublic {The tunnel dropped. Links keep your public address: they work again as soon as it is back.} reconnecting {The tunnel dropped. Links use this computer’s address until it is back.} public {Reachable from the internet. Every link you hand out uses this address.} checking {The tunnel is open. Checking from outside that the address reaches this studio…} unreachable {Links use this address, but it does not reach the studio right now.} other {Links use this computer’s address until this is fixed.}}',
  'settings.network.status.retry': 'Trying again {seconds, plural, =0 {now} one {in # s} other {in # s}}{again, select, yes { (attempt {attempt, number})} other {}}.',
  'settings.network.status.copy': 'Copy address',
  'settings.network.status.checked': 'Checked from outside at {time}: {reachable, select, yes {reaches this studio} other {did not reach this studio}}.',
  'settings.network.status.hostKey':
    'The server now presents <code>{fingerprint}</code>. Compare it with what <code>ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</code> prints on the server before trusting it.',
  'settings.network.status.trusting': 'Trusting…',
  'settings.network.status.trust': 'Trust the new key',
  'settings.network.status.reconnecting': 'Reconnecting…',
  'settings.network.status.reconnect': 'Reconnect now',
  'settings.network.status.checking': 'Checking…',
  'settings.network.status.check': 'Check from outside',
  'settings.network.status.identity': 'Server identity: <code>{fingerprint}</code>',
} as const;
