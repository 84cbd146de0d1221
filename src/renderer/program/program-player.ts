/**
 * Plays the live WebM program in a video element and keeps it playing: when the stream ends (the
 * studio restarted its recording) or fails, it reloads with a short, growing delay. Stays on the
 * live edge: if the player drifts behind (a stall), it jumps to the newest data.
 */
export function playProgram(video: HTMLVideoElement, url: string, say: (text: string) => void): () => void {
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const load = () => {
    timer = null;
    if (stopped) return;
    say(failures > 0 ? 'Waiting for the studio’s program…' : '');
    video.src = `${url}&n=${Date.now()}`;
    void video.play().catch(() => {
      // Outside OBS, autoplay with sound may be refused: play muted rather than not at all.
      video.muted = true;
      void video.play().catch(() => undefined);
    });
  };
  const retry = () => {
    if (stopped || timer) return;
    failures += 1;
    say('Waiting for the studio’s program…');
    timer = setTimeout(load, Math.min(5_000, 250 * 2 ** Math.min(failures, 5)));
  };
  const onPlaying = () => {
    failures = 0;
    say('');
  };
  const keepLive = () => {
    const buffered = video.buffered;
    if (buffered.length === 0) return;
    const edge = buffered.end(buffered.length - 1);
    if (edge - video.currentTime > 2) video.currentTime = edge - 0.2;
  };
  video.addEventListener('ended', retry);
  video.addEventListener('error', retry);
  video.addEventListener('playing', onPlaying);
  video.addEventListener('progress', keepLive);
  load();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    video.removeEventListener('ended', retry);
    video.removeEventListener('error', retry);
    video.removeEventListener('playing', onPlaying);
    video.removeEventListener('progress', keepLive);
    video.removeAttribute('src');
    video.load();
  };
}
