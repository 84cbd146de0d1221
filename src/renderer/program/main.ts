import { newPacing, playProgram } from './program-player';

/**
 * The program page, for OBS builds with a browser source: it plays the live program stream full
 * window (the key in its address opens the stream and nothing else). Framework-free: OBS keeps it
 * open for hours, and it must come back by itself whenever the studio restarts the stream.
 */
const video = document.getElementById('program');
const status = document.getElementById('status');
if (!(video instanceof HTMLVideoElement) || !status) throw new Error('The program page is missing its video element');
const key = new URLSearchParams(window.location.search).get('key');
if (!key) {
  status.textContent = 'This program link has no key. Copy it again from the studio (Program tab).';
} else {
  const pacing = newPacing();
  // Diagnostics (tests, benchmarks, a curious creator's console): how far behind the edge it plays and why.
  (window as unknown as { hotseatProgramPlayer: unknown }).hotseatProgramPlayer = {
    pacing: () => ({ targetS: pacing.target.targetS, stalls: pacing.stalls, jumps: pacing.jumps }),
  };
  playProgram(
    video,
    `/program/live.webm?key=${encodeURIComponent(key)}`,
    (text) => {
      status.textContent = text;
    },
    pacing,
  );
}
