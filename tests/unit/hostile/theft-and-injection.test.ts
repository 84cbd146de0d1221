import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, type CommandName } from '../../../src/shared/commands';
import { SQL_PAYLOADS } from '../../support/hostile-payloads';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { openRawSocket } from './raw-socket';

/**
 * Token theft, cross-origin and DNS-rebinding attempts, CORS, and SQL injection: each refused
 * clearly and changing nothing.
 */
let t: TestStudio;
let showId = '';
let tipId = '';
let receiptToken = '';
beforeAll(async () => {
  t = await startTestStudio({ webhooks: true });
  const show = await t.host.command('show.create', { title: 'Theft Show', slug: 'theft-show', currency: 'usd' });
  showId = show.id;
  tipId = (await t.host.command('offer.create', { showId, offer: { kind: 'tip', title: 'Tip', minAmount: 100, maxAmount: 100_000, messageMaxLength: 500 } })).id;
  await t.host.command('show.setStatus', { showId, status: 'live' });
  const order = await checkout({ offerId: tipId, buyerName: 'Victim', buyerKey: 'victim-key-0000000000', amount: 300 });
  receiptToken = new URL(order.receiptUrl).hash.replace('#t=', '');
});
afterAll(async () => {
  await t?.close();
});

async function checkout(body: Record<string, unknown>): Promise<{ purchaseId: string; receiptUrl: string }> {
  const response = await fetch(`${t.studio.url}/api/checkout`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`checkout ${response.status}: ${await response.text()}`);
  return (await response.json()) as { purchaseId: string; receiptUrl: string };
}

describe('token theft', () => {
  it('a stolen receipt token opens only that receipt: every host command is forbidden', async () => {
    const socket = await openRawSocket(t.studio.url);
    socket.send(JSON.stringify({ type: 'hello', token: receiptToken }));
    expect(await socket.next((m) => m.type === 'welcome')).toMatchObject({ role: 'viewer' });
    const names = Object.keys(commands) as CommandName[];
    let id = 0;
    for (const name of names.slice(0, 35)) {
      const messageId = ++id;
      socket.send(JSON.stringify({ type: 'command', id: messageId, name, input: {} }));
      const reply = await socket.next((m) => m.type === 'result' && m.id === messageId);
      // A viewer's own commands (if any) may answer; nothing the host does may run.
      if (reply?.type === 'result' && reply.ok) expect(name, `viewer ran ${name}`).not.toMatch(/^(show|offer|queue|message|purchase|settings|payments|studio|moderators)\./);
      else expect(reply).toMatchObject({ ok: false, error: { code: expect.stringMatching(/forbidden|bad_request|not_found/) as unknown } });
    }
    socket.close();
  });

  it.each([
    ['empty', ''],
    ['the host token with a character added', 'HOST+x'],
    ['the host token cut short', 'HOST-1'],
    ['the host token in upper case', 'HOST-upper'],
    ['a receipt token with a character changed', 'RECEIPT-flip'],
    ['a made-up host token', 'hsh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ])('a wrong token (%s) is refused and the connection closed', async (_label, kind) => {
    const host = t.studio.hostToken;
    const token =
      kind === 'HOST+x' ? `${host}x` : kind === 'HOST-1' ? host.slice(0, -1) : kind === 'HOST-upper' ? host.toUpperCase() : kind === 'RECEIPT-flip' ? `${receiptToken.slice(0, -1)}${receiptToken.endsWith('A') ? 'B' : 'A'}` : kind;
    const socket = await openRawSocket(t.studio.url);
    socket.send(JSON.stringify({ type: 'hello', token }));
    const closed = await socket.closed;
    expect([4400, 4401]).toContain(closed.code);
    expect(socket.messages.some((m) => m.type === 'welcome')).toBe(false);
  });

  it('a token in the query string authenticates nothing', async () => {
    const socket = await openRawSocket(t.studio.url, { path: `/ws?token=${t.studio.hostToken}` });
    socket.send(JSON.stringify({ type: 'command', id: 1, name: 'studio.snapshot', input: {} }));
    expect(await socket.next((m) => m.type === 'result')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    socket.close();
    const receipt = await fetch(`${t.studio.url}/api/receipt?t=${receiptToken}&token=${receiptToken}`);
    expect(receipt.status).toBe(401);
  });

  it('no token or secret ever reaches the log', async () => {
    // Provoke logging: a bad webhook, an invalid hello, a failing command.
    await fetch(`${t.studio.url}/api/stripe/webhook?token=${t.studio.hostToken}`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' }, body: '{}' });
    const log = t.log.lines.join('\n');
    expect(log).not.toContain(t.studio.hostToken);
    expect(log).not.toContain(receiptToken);
    expect(log).not.toContain(t.webhookSecret);
    expect(log).not.toMatch(/sk_test_[A-Za-z0-9]{8,}/);
  });
});

describe('cross-origin and DNS rebinding', () => {
  const port = () => new URL(t.studio.url).port;
  it.each([
    ['a foreign Origin', () => ({ origin: 'https://evil.example' })],
    ['an opaque Origin', () => ({ origin: 'null' })],
    ['a rebound name (Host and Origin both the attacker’s domain)', () => ({ host: `evil.example:${port()}`, origin: `http://evil.example:${port()}` })],
    ['a look-alike of loopback', () => ({ host: `127.0.0.1.evil.example:${port()}`, origin: `http://127.0.0.1.evil.example:${port()}` })],
  ])('refuses the host socket from %s', async (_label, headers) => {
    const socket = await openRawSocket(t.studio.url, { headers: headers() });
    socket.send(JSON.stringify({ type: 'hello', token: t.studio.hostToken }));
    const closed = await socket.closed;
    expect(closed.code).toBe(4403);
    expect(socket.messages.some((m) => m.type === 'welcome')).toBe(false);
  });

  it('accepts the studio’s own origin', async () => {
    const socket = await openRawSocket(t.studio.url, { headers: { origin: t.studio.url } });
    socket.send(JSON.stringify({ type: 'hello', token: t.studio.hostToken }));
    expect(await socket.next((m) => m.type === 'welcome')).toMatchObject({ role: 'host' });
    socket.close();
  });

  it('never opens CORS: no Access-Control-Allow-Origin on the API, preflights get nothing', async () => {
    for (const [method, path] of [['GET', '/api/store'], ['GET', '/api/health'], ['OPTIONS', '/api/checkout'], ['OPTIONS', '/api/receipt'], ['GET', '/studio']] as const) {
      const response = await fetch(`${t.studio.url}${path}`, {
        method,
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-receipt-token' },
      });
      await response.arrayBuffer();
      expect(response.headers.get('access-control-allow-origin'), `${method} ${path}`).toBeNull();
      expect(response.headers.get('access-control-allow-headers'), `${method} ${path}`).toBeNull();
    }
  });
});

describe('SQL injection', () => {
  it('payloads in every text field and lookup are stored or refused as plain text, changing nothing else', async () => {
    const db = () => new Database(join(t.dataDir, 'hotseat.sqlite'), { readonly: true });
    const before = db();
    const schema = before.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all();
    const counts = before.prepare('SELECT (SELECT COUNT(*) FROM shows) AS shows, (SELECT COUNT(*) FROM offers) AS offers, (SELECT COUNT(*) FROM purchases) AS purchases').get() as Record<string, number>;
    before.close();

    const stored: { id: string; name: string; message: string }[] = [];
    for (const [i, payload] of SQL_PAYLOADS.entries()) {
      const name = payload.slice(0, 60);
      const order = await checkout({ offerId: tipId, buyerName: name, buyerKey: `sql-buyer-${String(i).padStart(12, '0')}`, amount: 200, message: payload });
      stored.push({ id: order.purchaseId, name: name.trim(), message: payload.trim() });
      const store = await fetch(`${t.studio.url}/api/store/${encodeURIComponent(payload)}`);
      expect([400, 404]).toContain(store.status);
      const receipt = await fetch(`${t.studio.url}/api/receipt`, { headers: { 'x-receipt-token': payload } });
      expect([401, 404]).toContain(receipt.status);
      const slugAttempt = await t.host.client.command('show.create', { title: payload, slug: payload, currency: 'usd' });
      expect(slugAttempt.ok).toBe(false);
    }

    const after = db();
    try {
      expect(after.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all()).toEqual(schema);
      const now = after.prepare('SELECT (SELECT COUNT(*) FROM shows) AS shows, (SELECT COUNT(*) FROM offers) AS offers, (SELECT COUNT(*) FROM purchases) AS purchases').get() as Record<string, number>;
      expect(now).toEqual({ ...counts, purchases: (counts.purchases ?? 0) + SQL_PAYLOADS.length });
      for (const s of stored) {
        const row = after.prepare('SELECT buyer_name, message, amount FROM purchases WHERE id = ?').get(s.id) as { buyer_name: string; message: string; amount: number };
        expect(row).toEqual({ buyer_name: s.name, message: s.message, amount: 200 });
      }
      expect((after.prepare('SELECT COUNT(*) AS n FROM purchases WHERE amount = 0').get() as { n: number }).n).toBe(0);
    } finally {
      after.close();
    }
    console.info(`SQL injection: ${SQL_PAYLOADS.length} payloads × (buyer name, message, store slug, receipt token, show title/slug): schema and other rows unchanged`);
  });
});
