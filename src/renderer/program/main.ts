import { negotiateLocale } from '../../shared/i18n/locale';
import { createTranslator } from '../../shared/i18n/messages';
import { StudioClient } from '../lib/studio-client';
import { webSocketUrl } from '../lib/socket';
import { newPacing, playProgram } from './program-player';
import { playWebRtcFeed, type WebRtcFeed } from './webrtc-feed';

/**
 * The program page, for OBS builds with a browser source: it plays the live program full window
 * (the key in its address opens the program and nothing else). It takes the program over WebRTC
 * from the studio page (no buffering beyond WebRTC's own); where WebRTC is missing, finds no path,
 * or `?via=webm` asks for it, it plays the WebM stream through Media Source Extensions instead.
 * Framework-free: OBS keeps it open for hours, and it must come back by itself whenever the studio
 * restarts.
 */
const video = document.getElementById('program');
const status = document.getElementById('status');
if (!(video instanceof HTMLVideoElement) || !status) throw new Error('The program page is missing its video element');
const params = new URLSearchParams(window.location.search);
const key = params.get('key');
// The status is for whoever sets OBS up, in their language (OBS's browser source carries OBS's).
const t = createTranslator(negotiateLocale(navigator.languages));
const waiting = (isWaiting: boolean) => {
  status.textContent = isWaiting ? t('obsPage.program.waiting') : '';
};

if (!key) {
  status.textContent = t('obsPage.program.noKey');
} else {
  const pacing = newPacing();
  let path: 'webrtc' | 'webm' = params.get('via') === 'webm' || typeof RTCPeerConnection !== 'function' ? 'webm' : 'webrtc';
  let feed: WebRtcFeed | null = null;
  // Diagnostics (tests, benchmarks, a curious creator's console): which path, and how it plays.
  (window as unknown as { hotseatProgramPlayer: unknown }).hotseatProgramPlayer = {
    path: () => path,
    webrtc: () => feed?.state() ?? null,
    pacing: () => ({ targetS: pacing.target.targetS, stalls: pacing.stalls, jumps: pacing.jumps }),
  };
  const playWebm = () => {
    path = 'webm';
    playProgram(video, `/program/live.webm?key=${encodeURIComponent(key)}`, waiting, pacing);
  };
  if (path === 'webm') playWebm();
  else {
    const client = new StudioClient({ url: webSocketUrl(window.location.href), token: key, WebSocket });
    feed = playWebRtcFeed({
      video,
      client,
      waiting,
      onGiveUp: () => {
        client.stop();
        playWebm();
      },
    });
    client.start();
  }
}
