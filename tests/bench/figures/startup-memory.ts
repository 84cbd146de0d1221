import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { webSocketUrl } from '../../../src/renderer/lib/socket';
import { openDatabase } from '../../../src/main/core/store/db';
import type { NewPurchase } from '../../../src/main/core/store/purchases-repo';
import { waitFor } from '../../support/wait-for';
import { epochNow } from '../lib/clock';
import { insertPurchases, purchaseOf, seedShow } from '../support/seed-store';
import { startStudioChild } from '../support/studio-child';

/**
 * Figure 6: the headless studio (in rehearsal mode) started on a database with 100,000 purchases:
 * time from spawn to `studio ready`, resident memory once ready, and what the host's first
 * connection costs (its snapshot) in time and memory. Two entries: `built` is `out/main/serve.js`,
 * the bundle electron-vite builds next to the desktop app's main process (plain node, dependencies
 * loaded from node_modules as the app loads them), which `npm run serve` runs; `tsx` is
 * `npm run serve:dev`'s development path, which transpiles the TypeScript sources at start. The
 * same studio on an empty data folder runs alternately as the peer, so the cost of the history is
 * the difference.
 */
export type StudioEntry = 'built' | 'tsx';

export interface StartupSample {
  readyMs: number;
  rssReadyMiB: number;
  snapshotMs: number;
  snapshotPurchases: number;
  rssAfterSnapshotMiB: number;
}

/**
 * A creator's history: 99 ended shows of 1,000 purchases and the live show with 1,000 more, 150
 * of them hot seats waiting in its queue. Tips, paid hot seats and rejected ones, one audit entry each.
 */
export function seedHistory(total: number): { dir: string; seconds: number } {
  const dir = mkdtempSync(join(tmpdir(), 'hotseat-bench-100k-'));
  const started = epochNow();
  const db = openDatabase(join(dir, 'hotseat.sqlite'));
  try {
    const perShow = 1_000;
    const shows = Math.ceil(total / perShow);
    let index = 0;
    for (let s = 0; s < shows; s += 1) {
      const live = s === shows - 1;
      const at = new Date(Date.UTC(2029, 0, 1) + s * 86_400_000).toISOString();
      const { seats, tip } = seedShow(db, live ? 'live' : 'ended', at, s);
      const seat = seats[0];
      if (!seat) throw new Error('no seat offer');
      const records: NewPurchase[] = [];
      for (let i = 0; i < perShow && index < total; i += 1, index += 1) {
        const when = new Date(Date.parse(at) + i * 1000).toISOString();
        const paid = { paidAt: when, updatedAt: when, buyerEmail: `viewer${index}@example.com` };
        if (i % 10 === 0 && live && i < 1_500) {
          records.push(purchaseOf(seat, when, index, { ...paid, status: i % 20 === 0 ? 'accepted' : 'pending_review', payment: 'authorized' }));
        } else if (i % 10 === 0) {
          records.push(purchaseOf(seat, when, index, { ...paid, status: 'paid', payment: 'captured' }));
        } else if (i % 10 === 5) {
          records.push(purchaseOf(seat, when, index, { ...paid, status: 'rejected', payment: 'canceled', paidAt: null }));
        } else {
          records.push(purchaseOf(tip, when, index, { ...paid, status: 'paid', payment: 'captured', messageStatus: 'approved' }));
        }
      }
      insertPurchases(db, records);
    }
  } finally {
    db.close();
  }
  return { dir, seconds: (epochNow() - started) / 1000 };
}

export async function startOnce(dataDir: string, entry: StudioEntry): Promise<StartupSample> {
  const flags = ['--port', '0', '--data', dataDir];
  const studio = await startStudioChild(
    entry === 'built' ? { args: ['out/main/serve.js', ...flags], tsx: false } : { args: ['src/main/serve.ts', ...flags] },
  );
  try {
    const rssReadyMiB = studio.rssMiB() ?? Number.NaN;
    const client = new StudioClient({ url: webSocketUrl(studio.baseUrl), token: studio.hostToken, WebSocket });
    client.start();
    try {
      await waitFor('host connection', () => client.state.get().status === 'online', { timeoutMs: 30_000, intervalMs: 5 });
      const asked = epochNow();
      const snapshot = await client.command('studio.snapshot', {});
      const snapshotMs = epochNow() - asked;
      if (!snapshot.ok) throw new Error(`snapshot refused: ${snapshot.error.message}`);
      return {
        readyMs: studio.readyMs,
        rssReadyMiB,
        snapshotMs,
        snapshotPurchases: snapshot.value.purchases.length,
        rssAfterSnapshotMiB: studio.rssMiB() ?? Number.NaN,
      };
    } finally {
      client.stop();
    }
  } finally {
    await studio.stop();
  }
}
