/**
 * The program's sound: the host microphone and every guest's audio mixed with WebAudio, each with
 * its own gain and mute, with levels for the meters. The mix is a MediaStream that travels with
 * the program picture (into the recorder, so OBS gets it too). Nothing plays on the speakers.
 */
export interface AudioSourceInput {
  id: string;
  label: string;
  stream: MediaStream | null;
}

export interface AudioChannelState {
  id: string;
  label: string;
  gain: number;
  muted: boolean;
  /** Whether the source has an audio track at all. */
  live: boolean;
}

interface Channel {
  state: AudioChannelState;
  stream: MediaStream | null;
  node: MediaStreamAudioSourceNode | null;
  gain: GainNode;
  analyser: AnalyserNode;
  samples: Float32Array<ArrayBuffer>;
}

export class AudioMixer {
  readonly context: AudioContext;
  private readonly destination: MediaStreamAudioDestinationNode;
  private readonly channels = new Map<string, Channel>();
  private readonly settings = new Map<string, { gain: number; muted: boolean }>();

  constructor(context?: AudioContext) {
    this.context = context ?? new AudioContext();
    this.destination = this.context.createMediaStreamDestination();
  }

  /** The mixed program audio. */
  get output(): MediaStream {
    return this.destination.stream;
  }

  /** Browsers start audio suspended until a click (call from a user gesture); the system may suspend or interrupt it later. */
  resume(): Promise<void> {
    const state = this.context.state;
    return state === 'running' || state === 'closed' ? Promise.resolve() : this.context.resume();
  }

  setSources(sources: readonly AudioSourceInput[]): void {
    const ids = new Set(sources.map((s) => s.id));
    for (const [id, channel] of this.channels) {
      if (!ids.has(id)) {
        channel.node?.disconnect();
        channel.gain.disconnect();
        this.channels.delete(id);
      }
    }
    for (const source of sources) {
      const existing = this.channels.get(source.id);
      if (existing && existing.stream === source.stream) {
        existing.state = { ...existing.state, label: source.label };
        continue;
      }
      existing?.node?.disconnect();
      const gain = existing?.gain ?? this.context.createGain();
      const analyser = existing?.analyser ?? this.context.createAnalyser();
      analyser.fftSize = 512;
      if (!existing) gain.connect(analyser).connect(this.destination);
      const hasAudio = Boolean(source.stream && source.stream.getAudioTracks().length > 0);
      const node = hasAudio && source.stream ? this.context.createMediaStreamSource(source.stream) : null;
      node?.connect(gain);
      const saved = this.settings.get(source.id) ?? { gain: 1, muted: false };
      gain.gain.value = saved.muted ? 0 : saved.gain;
      this.channels.set(source.id, {
        state: { id: source.id, label: source.label, gain: saved.gain, muted: saved.muted, live: hasAudio },
        stream: source.stream,
        node,
        gain,
        analyser,
        samples: new Float32Array(new ArrayBuffer(analyser.fftSize * 4)),
      });
    }
  }

  setGain(id: string, gain: number): void {
    this.update(id, { gain: Math.min(2, Math.max(0, gain)) });
  }

  setMuted(id: string, muted: boolean): void {
    this.update(id, { muted });
  }

  channelStates(): AudioChannelState[] {
    return [...this.channels.values()].map((c) => c.state);
  }

  /** Peak level per source, 0..1, for the meters (read it on animation frames). */
  levels(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [id, channel] of this.channels) {
      channel.analyser.getFloatTimeDomainData(channel.samples);
      let peak = 0;
      for (const sample of channel.samples) peak = Math.max(peak, Math.abs(sample));
      out.set(id, Math.min(1, peak));
    }
    return out;
  }

  async close(): Promise<void> {
    for (const channel of this.channels.values()) channel.node?.disconnect();
    this.channels.clear();
    await this.context.close();
  }

  private update(id: string, patch: Partial<{ gain: number; muted: boolean }>): void {
    const saved = { ...(this.settings.get(id) ?? { gain: 1, muted: false }), ...patch };
    this.settings.set(id, saved);
    const channel = this.channels.get(id);
    if (!channel) return;
    channel.state = { ...channel.state, ...saved };
    channel.gain.gain.setTargetAtTime(saved.muted ? 0 : saved.gain, this.context.currentTime, 0.02);
  }
}
