import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { AudioChannelState } from '../../compositor/audio-mixer';
import { SCREEN_SOURCE_ID } from '../../compositor/compositor';
import type { ProgramEngine } from '../../compositor/program-engine';

/** One fader per source (host mic, each guest, a shared screen's sound) with mute and a live meter. */
export function AudioMixerStrip({ engine }: { engine: ProgramEngine | null }) {
  const intl = useIntl();
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
  if (!mixer) return <p className="panel-note">{intl.formatMessage({ id: 'program.mixer.noWebAudio' })}</p>;
  // The host's own channel and the shared screen's are named here, in the studio's language; guests by their names.
  const nameOf = (channel: AudioChannelState) =>
    channel.id === 'host' ? intl.formatMessage({ id: 'program.mixer.host' }) : channel.id === SCREEN_SOURCE_ID ? intl.formatMessage({ id: 'program.mixer.screen' }) : channel.label;
  return (
    <div className="mixer">
      {suspended ? <p className="panel-note">{intl.formatMessage({ id: 'program.mixer.suspended' })}</p> : null}
      {channels.length === 0 ? <p className="panel-note">{intl.formatMessage({ id: 'program.mixer.empty' })}</p> : null}
      {channels.map((channel) => (
        <div key={channel.id} className={`mixer-channel${channel.muted ? ' mixer-muted' : ''}`}>
          <span className="mixer-label">{nameOf(channel)}</span>
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
            aria-label={intl.formatMessage({ id: 'program.mixer.volume' }, { name: nameOf(channel) })}
            aria-valuetext={intl.formatNumber(Math.round(channel.gain * 100) / 100, { style: 'percent' })}
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
            {intl.formatMessage({ id: channel.muted ? 'program.mixer.unmute' : 'program.mixer.mute' })}
          </button>
          {!channel.live ? <span className="mixer-note">{intl.formatMessage({ id: channel.id === SCREEN_SOURCE_ID ? 'program.mixer.noSound' : 'program.mixer.noMic' })}</span> : null}
        </div>
      ))}
    </div>
  );
}
