import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startStudio } from '../../../src/main/core/compose';
import { memoryLogger } from '../../../src/main/core/log';
import { memorySecretStore } from '../../../src/main/core/secrets';
import type { Studio } from '../../../src/main/core/studio';
import type { Health } from '../../../src/shared/store-api';
import { connectHost, fakePagesDir, payOnCheckoutPage, postCheckout, type HostClient } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/**
 * No Stripe key: the studio runs its own Stripe-compatible server, mounts its checkout page on the
 * studio's own address (so viewers reach it through the public URL) and takes its webhooks.
 */
let studio: Studio | null = null;
let host: HostClient | null = null;
afterEach(async () => {
  host?.client.stop();
  await studio?.close();
  studio = null;
});

describe('rehearsal mode', () => {
  it('takes a pretend payment end to end through the studio’s own address', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hotseat-rehearsal-'));
    studio = await startStudio({ dataDir, port: 0, secrets: memorySecretStore(), version: 'test', log: memoryLogger(), pagesDir: fakePagesDir() });
    const health = (await (await fetch(`${studio.url}/api/health`)).json()) as Health;
    expect(health).toMatchObject({ ok: true, db: 'ok', payments: 'rehearsal' });

    host = await connectHost(studio.url, studio.hostToken);
    const show = await host.command('show.create', { title: 'Dress Rehearsal', slug: 'dress-rehearsal', currency: 'gbp' });
    const seat = await host.command('offer.create', {
      showId: show.id,
      offer: { kind: 'hotseat', title: 'Chat', format: 'chat', price: 1500, minutes: 3, perShow: 2, perBuyer: 1 },
    });
    await host.command('show.setStatus', { showId: show.id, status: 'live' });

    const { status, body } = await postCheckout(studio.url, { offerId: seat.id, buyerName: 'Rehearsing Rita' });
    expect(status).toBe(201);
    expect(body.checkoutUrl.startsWith(`${studio.url}/rehearsal/checkout/cs_`)).toBe(true);
    const page = await fetch(body.checkoutUrl);
    expect(await page.text()).toContain('Rehearsal checkout');

    expect((await payOnCheckoutPage(body.checkoutUrl)).status).toBe(303);
    await waitFor('seat in review', () => host?.purchase(body.purchaseId)?.status === 'pending_review');
    const snapshot = await host.command('studio.snapshot', {});
    expect(snapshot.payments).toMatchObject({ mode: 'rehearsal', keyHint: null });
  });
});
