import type { BenchSuite } from '../lib/bench';
import type { PlaceholderFigure } from '../lib/figure';

/**
 * Figures whose features are still being built. Each row says what it will measure, against what,
 * and which issue it waits for: never a made-up number. Replace a row with a suite when its feature lands.
 */
const PLACEHOLDERS: PlaceholderFigure[] = [
  {
    status: 'not_built',
    id: '1',
    name: 'Compositor frame time, 1080p30, host + 3 guests + banners + alert (p50/p99)',
    unit: 'ms',
    comparedTo: 'target p99 ≤ 8 ms; peer: OBS averageFrameRenderTime, same scene (target ≤ 1.0x)',
    reason: 'needs issue 4 (compositor)',
  },
  {
    status: 'not_built',
    id: '7',
    name: 'Green room scale: 50 waiting, 4 on air: join → first frame p95, studio CPU',
    unit: 'ms',
    comparedTo: 'no target set yet',
    reason: 'needs issue 3 (guests) and issue 4 (compositor)',
  },
];

export const notBuiltYetSuite: BenchSuite = {
  title: 'figures waiting for their features (1, 7)',
  figureIds: PLACEHOLDERS.map(({ id, name, unit }) => ({ id, name, unit })),
  run: () => Promise.resolve(PLACEHOLDERS),
};
