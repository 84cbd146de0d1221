import type { BenchSuite } from '../lib/bench';
import { measured } from '../lib/figure';
import { burstSideBySide } from '../figures/ingest-throughput';

/**
 * Figure 4: the real ingest path and raw better-sqlite3 on two fresh databases, alternating in
 * chunks of 500 events, so both see the same disk at the same moment.
 */
const EVENTS = 10_000;

export const ingestSuite: BenchSuite = {
  title: `ingest throughput: ${EVENTS.toLocaleString('en-US')}-event bursts (4)`,
  figureIds: [
    { id: '4a', name: 'Ingest burst through the real path', unit: 'events/s' },
    { id: '4b', name: 'Raw better-sqlite3, same rows, WAL + synchronous=FULL', unit: 'events/s' },
    { id: '4c', name: 'Ingest / raw', unit: 'x' },
  ],
  async run({ quick, log }) {
    const bursts = quick ? 3 : 5;
    const ingest: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < bursts; i += 1) {
      const rates = await burstSideBySide(EVENTS);
      ingest.push(rates.ingest);
      raw.push(rates.raw);
      log(`  burst ${i + 1}/${bursts}: ingest ${Math.round(rates.ingest)}/s, raw ${Math.round(rates.raw)}/s`);
    }
    const ratios = ingest.map((v, i) => v / (raw[i] ?? v));
    return [
      measured({
        id: '4a',
        name: `Ingest burst of ${EVENTS.toLocaleString('en-US')} events through the real path`,
        unit: 'events/s',
        samples: ingest,
        better: 'higher',
        comparedTo: 'peer: 4b, measured alternately in the same run',
      }),
      measured({
        id: '4b',
        name: 'Raw better-sqlite3, same rows, WAL + synchronous=FULL',
        unit: 'events/s',
        samples: raw,
        better: 'higher',
        comparedTo: 'peer of 4a: one transaction per event, no service layers',
      }),
      measured({
        id: '4c',
        name: 'Ingest / raw (per burst pair)',
        unit: 'x',
        samples: ratios,
        better: 'higher',
        comparedTo: 'raw better-sqlite3 = 1.0x',
        target: { text: 'target ≥ 0.5x raw', met: (s) => s.median >= 0.5 },
      }),
    ];
  },
};
