import { useEffect, useRef, useState } from 'react';
import type { AudioChannelState } from '../../compositor/audio-mixer';
import { SCREEN_SOURCE_ID } from '../../compositor/compositor';
import type { ProgramEngine } from '../../compositor/program-engine';

/** One fader per source (host mic, each guest, a shared screen's sound) with mute and a live meter. */
export function AudioMixerStrip({ engine }: { engine: ProgramEngine | null }) {
  const mixer = engine?.mixer ?? null;
  const [channels, setChannels] = useState<AudioChannelState[]>([]);
  const [suspended, setSuspended] = useState(false);
  const meters = useRef(new Map<string, HTMLSpanElement>());
  useEffect(() => {
    if (!mixer) return;
    let frame = 0;
    let lastList = 0;
    const draw = (time: number) => {
      for (const [id, level] of mixer.levels()) {
        const meter = meters.current.get(id);
        if (meter) meter.style.transform = `scaleX(${Math.min(1, level * 1.4).toFixed(3)})`;
      }
      if (time - lastList > 500) {
        lastList = time;
        setChannels(mixer.channelStates());
        setSuspended(mixer.context.state === 'suspended');
      }
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [mixer]);
  if (!mixer) return <p className="panel-note">This browser has no audio mixing (WebAudio); the program goes out without sound.</p>;
  return (
    <div className="mixer">
      {suspended ? <p className="panel-note">Sound starts after your first click on this page (browsers keep audio off until then).</p> : null}
      {channels.length === 0 ? <p className="panel-note">No sound sources yet: turn on your camera and microphone.</p> : null}
      {channels.map((channel) => (
        <div key={channel.id} className={`mixer-channel${channel.muted ? ' mixer-muted' : ''}`}>
          <span className="mixer-label">{channel.label}</span>
          <span className="mixer-meter" aria-hidden="true">
            <span
              ref={(element) => {
                if (element) meters.current.set(channel.id, element);
                else meters.current.delete(channel.id);
              }}
            />
          </span>
          <input
            type="range"
            min={0}
            max={200}
            step={1}
            value={Math.round(channel.gain * 100)}
            aria-label={`${channel.label} volume`}
            aria-valuetext={`${Math.round(channel.gain * 100)}%`}
            disabled={!channel.live}
            onChange={(event) => {
              mixer.setGain(channel.id, Number(event.target.value) / 100);
              setChannels(mixer.channelStates());
            }}
          />
          <button
            type="button"
            className="button button-small button-quiet"
            aria-pressed={channel.muted}
            disabled={!channel.live}
            onClick={() => {
              mixer.setMuted(channel.id, !channel.muted);
              setChannels(mixer.channelStates());
            }}
          >
            {channel.muted ? 'Unmute' : 'Mute'}
          </button>
          {!channel.live ? <span className="mixer-note">{channel.id === SCREEN_SOURCE_ID ? 'no sound' : 'no mic'}</span> : null}
        </div>
      ))}
    </div>
  );
}
