import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { FrameTimingSnapshot } from '../../compositor/frame-timing';
import { mountPreview } from '../../compositor/preview';
import type { ProgramEngine } from '../../compositor/program-engine';

/** The program as it goes out: the compositor's own canvas, shown scaled, with its frame timing. */
export function ProgramPreview({ engine }: { engine: ProgramEngine | null }) {
  const intl = useIntl();
  const holder = useRef<HTMLDivElement>(null);
  const [timing, setTiming] = useState<FrameTimingSnapshot | null>(null);
  useEffect(() => {
    const box = holder.current;
    if (!engine || !box) return;
    const unmount = mountPreview(engine.compositor, box);
    engine.setPreviewVisible(true);
    const timer = setInterval(() => setTiming(engine.timing()), 1000);
    return () => {
      clearInterval(timer);
      engine.setPreviewVisible(false);
      unmount();
    };
  }, [engine]);
  const size = engine?.compositor.size;
  return (
    <figure className="program-preview">
      <div className="program-frame" ref={holder}>
        {!engine ? <p className="program-placeholder">{intl.formatMessage({ id: 'program.preview.starting' })}</p> : null}
      </div>
      <figcaption className="program-meta">
        <span className="program-tally">{intl.formatMessage({ id: 'program.preview.tally' })}</span>
        {size ? <span>{intl.formatMessage({ id: 'program.preview.size' }, { width: size.width, height: size.height, fps: size.fps })}</span> : null}
        {timing ? (
          <span className={timing.fps > 0 && timing.fps < timing.targetFps * 0.8 ? 'meta-warn' : undefined}>
            {intl.formatMessage(
              { id: 'program.preview.timing' },
              { fps: timing.fps, drawAvg: timing.drawMsAvg, drawP95: timing.drawMsP95, late: timing.lateFrames },
            )}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
