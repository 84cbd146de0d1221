import type { BenchSuite } from '../lib/bench';
import type { PlaceholderFigure } from '../lib/figure';

/**
 * Figures whose features are still being built. Each row says what it will measure, against what,
 * and which issue it waits for: never a made-up number. Replace a row with a suite when its feature lands.
 */
const PLACEHOLDERS: PlaceholderFigure[] = [
  {
    status: 'not_built',
    id: '2',
    name: 'Guest → program latency, loopback (p50/p95); program → OBS per output path',
    unit: 'ms',
    comparedTo: 'target p50 ≤ 80 ms, p95 ≤ 150 ms; limit: one frame + encode/decode',
    reason: 'needs issue 3 (guests) and issue 4 (compositor)',
  },
];

export const notBuiltYetSuite: BenchSuite = {
  title: 'figures waiting for their features (2)',
  figureIds: PLACEHOLDERS.map(({ id, name, unit }) => ({ id, name, unit })),
  run: () => Promise.resolve(PLACEHOLDERS),
};
