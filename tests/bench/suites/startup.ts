import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSuite } from '../lib/bench';
import { measured, type Figure } from '../lib/figure';
import { median } from '../lib/stats';
import { seedHistory, startOnce, type StartupSample, type StudioEntry } from '../figures/startup-memory';

/**
 * Figure 6: starts on 100,000 purchases alternating with starts on an empty folder, for the built
 * entry and the tsx development entry. The first start of each kind warms the disk cache and is dropped.
 */
const PURCHASES = 100_000;

export const startupSuite: BenchSuite = {
  title: `headless startup and memory with ${PURCHASES.toLocaleString('en-US')} purchases (6)`,
  figureIds: [
    { id: '6a', name: 'Startup to `studio ready`, 100k purchases (npm run serve: built)', unit: 'ms' },
    { id: '6b', name: 'RSS once ready, 100k purchases (built)', unit: 'MB' },
    { id: '6c', name: "Host's first snapshot, 100k purchases (built)", unit: 'ms' },
    { id: '6d', name: 'RSS after the first snapshot, 100k purchases (built)', unit: 'MB' },
    { id: '6e', name: 'Startup to `studio ready`, 100k purchases (npm run serve:dev, tsx)', unit: 'ms' },
    { id: '6f', name: 'RSS after the first snapshot, 100k purchases (npm run serve:dev, tsx)', unit: 'MB' },
  ],
  async run({ quick, log }) {
    const starts = quick ? 3 : 7;
    const seeded = seedHistory(PURCHASES);
    log(`  seeded ${PURCHASES.toLocaleString('en-US')} purchases through the store layer in ${seeded.seconds.toFixed(1)} s`);
    const samples: Record<StudioEntry, { full: StartupSample[]; empty: StartupSample[] }> = {
      built: { full: [], empty: [] },
      tsx: { full: [], empty: [] },
    };
    try {
      for (const entry of ['built', 'tsx'] as const) {
        for (let i = 0; i < starts + 1; i += 1) {
          const emptyDir = mkdtempSync(join(tmpdir(), 'hotseat-bench-empty-'));
          try {
            const empty = await startOnce(emptyDir, entry);
            const full = await startOnce(seeded.dir, entry);
            if (full.snapshotPurchases === 0) throw new Error('the seeded live show was not in the snapshot');
            if (i === 0) continue;
            samples[entry].empty.push(empty);
            samples[entry].full.push(full);
            log(`  ${entry} start ${i}/${starts}: 100k ${Math.round(full.readyMs)} ms ${Math.round(full.rssReadyMiB)} MB; empty ${Math.round(empty.readyMs)} ms ${Math.round(empty.rssReadyMiB)} MB`);
          } finally {
            rmSync(emptyDir, { recursive: true, force: true });
          }
        }
      }
    } finally {
      rmSync(seeded.dir, { recursive: true, force: true });
    }
    const pick = (list: StartupSample[], key: keyof StartupSample) => list.map((s) => s[key]);
    const emptyMedian = (entry: StudioEntry, key: keyof StartupSample, unit: string) =>
      `empty folder, same run: ${Math.round(median(pick(samples[entry].empty, key)))} ${unit}`;
    const built = samples.built.full;
    const tsx = samples.tsx.full;
    const startTarget = { text: 'target < 1,500 ms', met: (s: { median: number }) => s.median < 1_500 };
    const rssTarget = { text: 'target < 150 MB', met: (s: { median: number }) => s.median < 150 };
    const figures: Figure[] = [
      measured({ id: '6a', name: 'Startup to `studio ready`, 100k purchases (`npm run serve`: built out/main/serve.js)', unit: 'ms', samples: pick(built, 'readyMs'), comparedTo: emptyMedian('built', 'readyMs', 'ms'), target: startTarget }),
      measured({ id: '6b', name: 'RSS once ready, 100k purchases (built)', unit: 'MB', samples: pick(built, 'rssReadyMiB'), comparedTo: emptyMedian('built', 'rssReadyMiB', 'MB'), target: rssTarget }),
      measured({ id: '6c', name: `Host's first snapshot (live show: ${built[0]?.snapshotPurchases ?? 0} of the 100k purchases)`, unit: 'ms', samples: pick(built, 'snapshotMs'), comparedTo: emptyMedian('built', 'snapshotMs', 'ms') }),
      measured({ id: '6d', name: 'RSS after the first snapshot, 100k purchases (built)', unit: 'MB', samples: pick(built, 'rssAfterSnapshotMiB'), comparedTo: emptyMedian('built', 'rssAfterSnapshotMiB', 'MB'), target: rssTarget }),
      // The development path: what a creator runs is 6a–6d; these show what tsx costs a developer.
      measured({ id: '6e', name: 'Startup to `studio ready`, 100k purchases (`npm run serve:dev`: tsx, development only)', unit: 'ms', samples: pick(tsx, 'readyMs'), comparedTo: `${emptyMedian('tsx', 'readyMs', 'ms')}; creators run 6a` }),
      measured({ id: '6f', name: 'RSS after the first snapshot, 100k purchases (`npm run serve:dev`: tsx, development only)', unit: 'MB', samples: pick(tsx, 'rssAfterSnapshotMiB'), comparedTo: `${emptyMedian('tsx', 'rssAfterSnapshotMiB', 'MB')}; creators run 6d` }),
    ];
    return figures;
  },
};
