import { programSize, type ProgramLayout, type ProgramSettings } from '../../shared/program';
import { AudioMixer } from './audio-mixer';
import { Compositor, type CountdownState, type ProgramAlert, type ProgramSource } from './compositor';
import type { FrameTimingSnapshot } from './frame-timing';
import { ProgramRecorder } from './program-recorder';

/**
 * The studio page's program, put together: the compositor (picture), the mixer (sound) and the
 * recorder that sends both to the core for OBS. Framework-free; the studio's ProgramProvider
 * owns one for the life of the page, so switching tabs never interrupts the program.
 *
 * For benchmarks and diagnostics the page exposes it as `window.hotseatProgram`
 * (`timing()` gives the per-frame numbers).
 */
export interface ProgramEngineOptions {
  ingestUrl: string;
  token: string;
  settings: ProgramSettings;
}

export class ProgramEngine {
  readonly compositor: Compositor;
  readonly mixer: AudioMixer | null;
  readonly recorder: ProgramRecorder;
  private video: MediaStream | null = null;

  constructor(options: ProgramEngineOptions) {
    const { width, height } = programSize(options.settings.resolution);
    this.compositor = new Compositor({ width, height, fps: options.settings.fps });
    this.compositor.setWordFilter(options.settings.wordFilter);
    this.compositor.setCountdownVisible(options.settings.showCountdown);
    this.mixer = typeof AudioContext === 'undefined' ? null : new AudioMixer();
    this.recorder = new ProgramRecorder({
      ingestUrl: options.ingestUrl,
      token: options.token,
      stream: () => this.programStream(),
    });
    // Audio starts suspended until the host clicks: record without it until then, then restart with it.
    this.mixer?.context.addEventListener('statechange', () => {
      if (this.mixer?.context.state === 'running' && this.recording) {
        this.recorder.stop();
        this.recorder.start();
      }
    });
  }

  private recording = false;
  private previewing = false;

  /** Records (and sends to the core) only while something reads the program stream: no encoding for nobody. */
  setRecording(on: boolean): void {
    if (on === this.recording) return;
    this.recording = on;
    if (on) this.recorder.start();
    else this.recorder.stop();
    this.updateLoop();
  }

  /** The preview is on screen: draw even when nothing records. */
  setPreviewVisible(on: boolean): void {
    this.previewing = on;
    this.updateLoop();
  }

  private updateLoop(): void {
    if (this.recording || this.previewing) this.compositor.start();
    else this.compositor.stop();
  }

  applySettings(settings: ProgramSettings): void {
    const { width, height } = programSize(settings.resolution);
    const before = this.compositor.size;
    this.compositor.configure({ width, height, fps: settings.fps });
    this.compositor.setWordFilter(settings.wordFilter);
    this.compositor.setCountdownVisible(settings.showCountdown);
    if ((before.width !== width || before.height !== height || before.fps !== settings.fps) && this.recording) {
      // A new size or rate needs a new recording (and so a new stream header for OBS).
      this.video = null;
      this.recorder.stop();
      this.recorder.start();
    }
  }

  setSources(sources: readonly ProgramSource[]): void {
    this.compositor.setSources(sources);
    this.mixer?.setSources(sources.map((s) => ({ id: s.id, label: s.label, stream: s.stream ?? null })));
  }

  setLayout(layout: ProgramLayout): void {
    this.compositor.setLayout(layout);
  }

  /** Puts a guest on another slot (the host dragged the tile); the tiles glide there. */
  moveGuest(id: string, slot: number): void {
    this.compositor.moveGuest(id, slot);
  }

  setCountdown(countdown: CountdownState | null): void {
    this.compositor.setCountdown(countdown);
  }

  setSelfieCountdown(countdown: CountdownState | null): void {
    this.compositor.setSelfieCountdown(countdown);
  }

  flash(): void {
    this.compositor.flash();
  }

  /** A clean program frame (no selfie countdown), encoded for upload. */
  captureFrame(type?: 'image/png' | 'image/jpeg', quality?: number): Promise<Blob> {
    return this.compositor.captureFrame(type, quality);
  }

  alert(alert: ProgramAlert): void {
    this.compositor.pushAlert(alert);
  }

  /** The last alerts queued and shown on the program, as the text drawn (diagnostics, XSS test). */
  alertTexts(): ReturnType<Compositor['alertTexts']> {
    return this.compositor.alertTexts();
  }

  /** False where the alerts are on their own overlay in OBS (program.alertsLayer), so they never show twice. */
  setAlertsInProgram(value: boolean): void {
    this.compositor.setAlertsInProgram(value);
  }

  timing(): FrameTimingSnapshot {
    return this.compositor.timing.snapshot();
  }

  dispose(): void {
    this.recorder.stop();
    this.compositor.dispose();
    void this.mixer?.close();
  }

  private programStream(): MediaStream {
    if (!this.video || this.video.getVideoTracks()[0]?.readyState !== 'live') {
      this.video = this.compositor.canvas.captureStream(this.compositor.size.fps);
    }
    const audio = this.mixer && this.mixer.context.state === 'running' ? this.mixer.output.getAudioTracks() : [];
    const tracks = [...this.video.getVideoTracks(), ...audio];
    return new MediaStream(tracks);
  }
}
