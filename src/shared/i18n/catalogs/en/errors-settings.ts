/**
 * What the host reads about the studio's connections: OBS (its status line, its commands' refusals,
 * chapter markers), TURN, the public address (Settings → Network: the reach check, the SSH tunnel,
 * ngrok) and the program feed. Values in braces are addresses, names, codes and OBS's or the
 * system's own words, which stay as they came.
 */
export const errorsSettings = {
  // OBS: connecting.
  'error.obs.wrongPassword': 'OBS refused the password. Copy it again from OBS (Tools → WebSocket Server Settings → Show Connect Info) into Settings → OBS.',
  'error.obs.passwordRequired': 'OBS asks for a password. Copy it from OBS (Tools → WebSocket Server Settings → Show Connect Info) into Settings → OBS.',
  'error.obs.oldProtocol': 'The OBS at {address} speaks an older obs-websocket protocol. Update to OBS Studio 28 or newer (it has obs-websocket 5 built in).',
  'error.obs.oldRpc': 'OBS speaks obs-websocket RPC {rpc}. Update to OBS Studio 28 or newer (it has obs-websocket 5 built in).',
  'error.obs.oldWebsocket': 'OBS has obs-websocket {version}; the studio needs {needed} or newer. Update to OBS Studio 28 or newer (it has obs-websocket 5 built in).',
  'error.obs.unreachable':
    'OBS is not answering at {address}. Start OBS, or turn its WebSocket server on. In OBS open Tools → WebSocket Server Settings, tick "Enable WebSocket server" and check the port.',
  'error.obs.noTimelyAnswer': 'OBS at {address} did not answer in time ({detail}).',
  'error.obs.talkFailed': 'Could not talk to OBS at {address}: {detail}.',
  'error.obs.connectionClosed': 'Could not talk to OBS at {address}: connection closed (code {code}).',
  'error.obs.garbled': 'OBS answered {request} with something the studio does not understand.',
  'error.obs.noBrowserSource': 'This OBS build has no browser source, so the program page cannot be used. In Settings → OBS choose "Automatic" or "Media stream".',
  'error.obs.noMediaSource': 'This OBS build has no media source. In Settings → OBS choose "Automatic" or "Program page".',
  'error.obs.noSources': 'This OBS build has neither a browser source nor a media source, so the program cannot be shown in it.',
  // OBS: once connected.
  'error.obs.closed': 'Lost the connection to OBS (it was closed or crashed). Reconnecting…',
  'error.obs.exiting': 'OBS is closing. The studio reconnects when it is back.',
  'error.obs.lost': 'Lost the connection to OBS ({detail}). Reconnecting…',
  'error.obs.slow': 'OBS is slow to answer: no reply to {request} within {seconds} s. It may be busy or the computer overloaded; the studio keeps checking.',
  // OBS: the host's commands. `action`: what OBS was asked to do.
  'error.obs.slowCommand':
    'OBS is slow to answer: it did not {action, select, startStream {start streaming} stopStream {stop streaming} startRecord {start recording} stopRecord {stop recording} screenshot {take a screenshot of "{source}"} switchScene {switch scenes} other {do that}} within {seconds} s ({request}). It may be busy or the computer overloaded; check OBS, then try again.',
  'error.obs.commandFailed':
    'OBS could not {action, select, startStream {start streaming} stopStream {stop streaming} startRecord {start recording} stopRecord {stop recording} screenshot {take a screenshot of "{source}"} switchScene {switch scenes} other {do that}}: {detail}',
  'error.obs.unsettled':
    '{output, select, stream {OBS did not {action, select, start {start} other {stop}} streaming within {seconds} s. Check the stream service and key in OBS (Settings → Stream).} other {OBS did not {action, select, start {start} other {stop}} recording within {seconds} s. Check the recording path and free disk space in OBS (Settings → Output).}}',
  'error.obs.notConnected': 'OBS is not connected. Turn it on in Settings → OBS.',
  'error.obs.noScene': 'OBS has no scene named "{scene}".',
  'error.obs.chapterRefused':
    'OBS did not add the chapter marker "{name}": {detail}. Chapter markers need the Hybrid MP4 recording format (OBS: Settings → Output → Recording).',
  // TURN.
  'error.turn.noSecret': 'TURN addresses are set but no shared secret: guests get no relay. Set the secret from your TURN server (static-auth-secret).',
  'error.turn.noAddress': 'A TURN shared secret is set but no TURN address: add the address of your TURN server.',
  'error.turn.notSetUp': 'No TURN server is set up: add its address and shared secret first.',
  'settings.turn.test.refusedDetail': 'TURN refused the credentials (check the shared secret).',
  'settings.turn.test.noAnswerDetail': 'No answer from the TURN server at {urls} (check the address, the port and the firewall).',
  // The public address: the studio asking for itself from outside.
  'error.public.dns': '{host} does not resolve to an address (DNS). Point its DNS record at your server.',
  'error.public.timeout': '{url} did not answer in time.',
  'error.public.refused': '{host} refused the connection: is the reverse proxy running on the server?',
  'error.public.certificate': 'The HTTPS certificate of {host} is not trusted ({code}). Browsers will refuse it too.',
  'error.public.unreachable': '{url} could not be reached ({detail}).',
  'error.public.httpStatus':
    '{gateway, select, yes {{url} answered {status} instead of the studio. The server answered, but could not reach the studio through the tunnel: check the port in its proxy settings.} other {{url} answered {status} instead of the studio.}}',
  'error.public.notHotseat': '{url} answers, but not as a Hotseat studio. Check that the address points at this studio.',
  'error.public.otherStudio': '{url} answers as another Hotseat studio, not this one. Check the port your server forwards to, and that no other studio uses it.',
  // The public address: what is missing in the settings.
  'error.public.addressMissing': 'Type your public address (https://…) in Settings → Network.',
  'error.public.serverMissing': 'Fill in your server (address, user, port) in Settings → Network.',
  'error.public.sshKeyUnavailable': 'The studio\'s SSH key is not available: {detail}',
  'error.public.ngrokTokenMissing': 'Paste your ngrok authtoken in Settings → Network (dashboard.ngrok.com → Your Authtoken).',
  'error.public.ngrokMissing': 'ngrok is not available in this build.',
  // The public address: the SSH tunnel to the creator's server.
  'error.ssh.forwardRefused':
    '{host} would not open port {port} for the studio ({detail}). Another program or an older connection of this studio may still hold it (it frees itself within a minute), or sshd does not allow forwarding (AllowTcpForwarding).',
  'error.ssh.dropped': 'The connection to {where} dropped.',
  'error.ssh.droppedWith': 'The connection to {where} dropped ({detail}).',
  'error.ssh.silent': '{where} stopped answering (the connection was lost).',
  'error.ssh.closedEarly': '{where} closed the connection before the tunnel opened.',
  'error.ssh.hostKeyChanged':
    '{host} presented a different identity (host key {offered}) from the one trusted ({trusted}). The studio refused to connect. If you reinstalled or replaced the server, trust the new key in Settings → Network; if not, someone may be intercepting the connection.',
  'error.ssh.keyRefused':
    '{host} refused the studio\'s SSH key for user "{user}". Add the studio\'s public key (Settings → Network) to ~{user}/.ssh/authorized_keys on the server, or check the user name.',
  'error.ssh.timeout': '{where} did not answer in time. Check the address and that port {port} is open.',
  'error.ssh.dns': 'The server name {host} could not be found (DNS). Check the address, and this computer\'s internet connection.',
  'error.ssh.refused': '{where} refused the connection: is sshd running there and listening on port {port}?',
  'error.ssh.unreachable': '{where} cannot be reached ({code}). Check this computer\'s internet connection and the server\'s firewall.',
  'error.ssh.badKey': 'The studio\'s SSH key could not be used: {detail}.',
  'error.ssh.failed': 'The SSH connection to {where} failed: {detail}.',
  // The public address: ngrok.
  'error.ngrok.dropped': 'The connection to ngrok dropped.',
  'error.ngrok.noAddress': 'ngrok opened the tunnel but gave no address.',
  'error.ngrok.authtoken': 'ngrok refused the authtoken ({code}). Copy it again from dashboard.ngrok.com → Your Authtoken and paste it in Settings → Network.',
  'error.ngrok.oneAgent': 'Your ngrok account already has an agent running elsewhere ({code}); its plan allows only one at a time. Stop the other one, then retry.',
  'error.ngrok.domain': 'ngrok will not serve {domain} for this account ({code}). Reserve the domain in the ngrok dashboard (Domains), or leave the domain empty.',
  'error.ngrok.refused': 'ngrok refused the tunnel ({code}): {detail}',
  'error.ngrok.unreachable': 'Could not reach ngrok: {detail}. Check this computer\'s internet connection.',
  // The program feed, as the studio page records it (`cause`: why it stopped).
  'program.feed.cause':
    '{cause, select, notHost {The studio did not accept this page as the host.} dropped {The connection to the studio dropped.} recorderRefused {The browser refused to record the program: {detail}} other {The browser stopped recording the program.}}',
} as const;
