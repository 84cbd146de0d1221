import { useEffect, useRef, useState } from 'react';
import type { FrameTimingSnapshot } from '../../compositor/frame-timing';
import { mountPreview } from '../../compositor/preview';
import type { ProgramEngine } from '../../compositor/program-engine';

/** The program as it goes out: the compositor's own canvas, shown scaled, with its frame timing. */
export function ProgramPreview({ engine }: { engine: ProgramEngine | null }) {
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
        {!engine ? <p className="program-placeholder">Starting the program…</p> : null}
      </div>
      <figcaption className="program-meta">
        <span className="program-tally">PGM</span>
        {size ? <span>{`${size.width}×${size.height} · ${size.fps} fps target`}</span> : null}
        {timing ? (
          <span className={timing.fps > 0 && timing.fps < timing.targetFps * 0.8 ? 'meta-warn' : undefined}>
            {`${timing.fps.toFixed(1)} fps · draw ${timing.drawMsAvg.toFixed(1)} ms (p95 ${timing.drawMsP95.toFixed(1)}) · ${timing.lateFrames} late`}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
