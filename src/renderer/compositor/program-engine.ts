import type { Locale } from '../../shared/i18n/locale';
import { programSize, type ProgramLayout, type ProgramSettings, type StoreCard } from '../../shared/program';
import { AudioMixer } from './audio-mixer';
import { Compositor, type CountdownState, type ProgramAlert, type ProgramSource } from './compositor';
import type { FrameTimingSnapshot } from './frame-timing';
import { AUDIO_START_WAIT_MS, audioStateAction, recordWithAudio, stillSilent } from './program-audio-plan';
import { ProgramRecorder } from './program-recorder';
import { reportDrawnSizes } from './report-drawn-sizes';
import type { PictureDemand } from '../lib/picture-demand';

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
  /** Where to say how large each guest is drawn, so guests send no more (the page's one registry). */
  demand?: PictureDemand<MediaStream>;
}

export class ProgramEngine {
  readonly compositor: Compositor;
  readonly mixer: AudioMixer | null;
  readonly recorder: ProgramRecorder;
  private video: MediaStream | null = null;
  private readonly stopReportingSizes: () => void;

  constructor(options: ProgramEngineOptions) {
    const { width, height } = programSize(options.settings.resolution);
    this.compositor = new Compositor({ width, height, fps: options.settings.fps });
    this.stopReportingSizes = options.demand ? reportDrawnSizes(this.compositor, options.demand) : () => undefined;
    this.compositor.setWordFilter(options.settings.wordFilter);
    this.compositor.setCountdownVisible(options.settings.showCountdown);
    this.mixer = typeof AudioContext === 'undefined' ? null : new AudioMixer();
    this.recorder = new ProgramRecorder({
      ingestUrl: options.ingestUrl,
      token: options.token,
      stream: () => this.programStream(),
    });
    // One continuous recording with picture and sound: the mix gives silence when nothing is mixed,
    // so sources coming and going never restart it. A recording started before audio could run (a
    // browser waiting for a click) restarts once, when audio starts; one whose audio stops (the
    // context suspended) gets the audio back or goes on with the picture alone (program-audio-plan.ts).
    this.mixer?.context.addEventListener('statechange', () => this.audioStateChanged());
    // Where audio may run without a click (the Electron studio), it runs from the start.
    void this.mixer?.resume().catch(() => undefined);
  }

  private recording = false;
  private recordingHasAudio = false;
  private previewing = false;
  private watched = false;
  private audioRecovery: ReturnType<typeof setTimeout> | null = null;

  private audioStateChanged(): void {
    const mixer = this.mixer;
    if (!mixer) return;
    const recording = { active: this.recording, hasAudio: this.recordingHasAudio };
    const action = audioStateAction(recording, mixer.context.state);
    if (action === 'restart') this.restartRecording();
    if (action !== 'recover' || this.audioRecovery) return;
    void mixer.resume().catch(() => undefined);
    this.audioRecovery = setTimeout(() => {
      this.audioRecovery = null;
      if (stillSilent({ active: this.recording, hasAudio: this.recordingHasAudio }, mixer.context.state)) this.restartRecording();
    }, AUDIO_START_WAIT_MS);
  }

  private restartRecording(): void {
    this.recorder.stop();
    this.recorder.start();
  }

  /**
   * Records (and sends to the core) only while something reads the program stream: encoding the
   * picture costs a good part of a core, for nobody otherwise. A start waits briefly for the audio to
   * run, so the recording has both tracks from its first byte.
   */
  setRecording(on: boolean): void {
    if (on === this.recording) return;
    this.recording = on;
    if (on) this.startRecorder();
    else this.recorder.stop();
    this.updateLoop();
  }

  private startRecorder(): void {
    const mixer = this.mixer;
    if (!mixer || mixer.context.state === 'running') {
      this.recorder.start();
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, AUDIO_START_WAIT_MS)));
    void Promise.race([mixer.resume().catch(() => undefined), waited]).then(() => {
      clearTimeout(timer);
      if (this.recording) this.recorder.start();
    });
  }

  /** The preview is on screen: draw even when nothing records. */
  setPreviewVisible(on: boolean): void {
    this.previewing = on;
    this.updateLoop();
  }

  /** Program pages watch over WebRTC (lib/program-feed-sender.ts): draw while any does. */
  setWatched(on: boolean): void {
    this.watched = on;
    this.updateLoop();
  }

  private updateLoop(): void {
    if (this.recording || this.previewing || this.watched) this.compositor.start();
    else this.compositor.stop();
    // A canvas capture reads back and converts every frame whether or not anyone consumes it
    // (in software rendering a third of the frame's CPU at 1080p: docs/PERFORMANCE.md), so it lives
    // only while the recorder or a watching page uses it.
    if (!this.recording && !this.watched) this.releaseCapture();
  }

  /** Whether the canvas is being captured now (recording or watched), for diagnostics and tests. */
  get capturing(): boolean {
    return this.video?.getVideoTracks()[0]?.readyState === 'live';
  }

  private releaseCapture(): void {
    this.video?.getTracks().forEach((track) => track.stop());
    this.video = null;
  }

  applySettings(settings: ProgramSettings): void {
    const { width, height } = programSize(settings.resolution);
    const before = this.compositor.size;
    this.compositor.configure({ width, height, fps: settings.fps });
    this.compositor.setWordFilter(settings.wordFilter);
    this.compositor.setCountdownVisible(settings.showCountdown);
    if (before.width !== width || before.height !== height || before.fps !== settings.fps) {
      // A new size or rate needs a new capture, and a new recording (so a new stream header for OBS);
      // watching pages get the new capture's track from the feed sender.
      this.releaseCapture();
      if (this.recording) this.restartRecording();
    }
  }

  setSources(sources: readonly ProgramSource[]): void {
    this.compositor.setSources(sources);
    this.mixer?.setSources(sources.map((s) => ({ id: s.id, label: s.label, stream: s.stream ?? null })));
  }

  setLayout(layout: ProgramLayout): void {
    this.compositor.setLayout(layout);
  }

  setCountdown(countdown: CountdownState | null): void {
    this.compositor.setCountdown(countdown);
  }

  /** The show's language, for every word drawn on stream. */
  setLanguage(locale: Locale): void {
    this.compositor.setLanguage(locale);
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

  /** The store card, drawn into the picture only while the program is the alerts' layer (else the overlay draws it). */
  setStoreCard(card: StoreCard | null): void {
    this.compositor.setStoreCard(card);
  }

  /** False where the alerts are on their own overlay in OBS (program.alertsLayer), so they never show twice. */
  setAlertsInProgram(value: boolean): void {
    this.compositor.setAlertsInProgram(value);
  }

  timing(): FrameTimingSnapshot {
    return this.compositor.timing.snapshot();
  }

  dispose(): void {
    // Not recording any more: the context's closing (a state change) must not start a recovery.
    this.recording = false;
    if (this.audioRecovery) clearTimeout(this.audioRecovery);
    this.recorder.stop();
    this.stopReportingSizes();
    this.compositor.dispose();
    void this.mixer?.close();
  }

  /** The live program for WebRTC watchers: the canvas capture the recorder also uses (made on first use), and the mix. */
  liveStream(): MediaStream {
    return new MediaStream([...this.canvasCapture().getVideoTracks(), ...(this.mixer?.output.getAudioTracks() ?? [])]);
  }

  private canvasCapture(): MediaStream {
    if (!this.video || this.video.getVideoTracks()[0]?.readyState !== 'live') {
      this.video = this.compositor.canvas.captureStream(this.compositor.size.fps);
    }
    return this.video;
  }

  private programStream(): MediaStream {
    const audio = this.mixer && recordWithAudio(true, this.mixer.context.state) ? this.mixer.output.getAudioTracks() : [];
    this.recordingHasAudio = audio.length > 0;
    return new MediaStream([...this.canvasCapture().getVideoTracks(), ...audio]);
  }
}
