import { createServer, type AddressInfo } from 'node:net';
import { generateEd25519KeyPair } from '../../../src/main/core/public/ssh-identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/main/core/studio';
import { createReachCheck, type ReachCheck } from '../../../src/main/core/public/reach-check';
import type { PublicAddressStatus } from '../../../src/shared/public-address';
import { startSshTestServer, type SshTestServer } from '../../support/ssh-test-server';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/**
 * "Own server" end to end in one process: the studio's real SSH client (ssh2) opens a reverse
 * tunnel to a real SSH server; requests sent to the server's forwarded port, with the
 * X-Forwarded-For a reverse proxy such as Caddy writes, reach the studio through the tunnel. The
 * namespace journey (tests/e2e/public-journey.e2e.ts) does the same with OpenSSH, Caddy and NAT.
 */
const PUBLIC_URL = 'https://show.hotseat.test';
const USER = 'hotseat';
const fastTiming = { backoff: { baseMs: 50, maxMs: 400 }, recheckMs: 500, recheckAfterFailureMs: 150 };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The public address, as the edge would serve it, is the server's forwarded port here. */
function checkThrough(port: () => number): (instanceId: string) => ReachCheck {
  return (instanceId) => {
    const inner = createReachCheck(instanceId, 3_000);
    return (_url, signal) => inner(`http://127.0.0.1:${port()}`, signal);
  };
}

async function status(t: TestStudio): Promise<PublicAddressStatus> {
  return (await t.host.command('studio.snapshot', {})).publicAddress;
}

async function startOwnServerStudio(ssh: SshTestServer, key: string, remotePort: number, extra: { check?: (id: string) => ReachCheck; trustedHostKey?: string } = {}) {
  return startTestStudio({
    webhooks: false,
    limits: DEFAULT_LIMITS,
    secrets: { sshPrivateKey: key },
    publicAccess: {
      network: { publicMode: 'own_server', ownServer: { host: '127.0.0.1', sshPort: ssh.port, username: USER, remotePort, publicUrl: PUBLIC_URL } },
      ...(extra.trustedHostKey ? { trustedHostKey: extra.trustedHostKey } : {}),
    },
    publicTuning: { check: extra.check ?? checkThrough(() => remotePort), timing: fastTiming },
  });
}

describe('own server: an SSH reverse tunnel to the creator’s server', () => {
  let ssh: SshTestServer;
  let t: TestStudio;
  let remotePort = 0;
  let tipOfferId = '';
  const key = generateEd25519KeyPair();

  beforeAll(async () => {
    ssh = await startSshTestServer({ username: USER });
    ssh.allowKey(key.public);
    remotePort = await freePort();
    t = await startOwnServerStudio(ssh, key.private, remotePort);
    const show = await t.host.command('show.create', { title: 'Public show', slug: 'public-show', currency: 'usd' });
    tipOfferId = (await t.host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Tip', minAmount: 100, maxAmount: 10_000 } })).id;
    await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
  });
  afterAll(async () => {
    await t?.close();
    await ssh?.close();
  });

  const viaEdge = (path: string, init: RequestInit & { viewer: string }) =>
    fetch(`http://127.0.0.1:${remotePort}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), host: 'show.hotseat.test', 'x-forwarded-for': init.viewer } });
  const checkout = (viewer: string, i: number) =>
    viaEdge('/api/checkout', {
      viewer,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ offerId: tipOfferId, amount: 300, buyerName: `Viewer ${i}`, buyerKey: `viewer-key-${String(i).padStart(8, '0')}` }),
    });

  it('opens the tunnel, reaches itself through it, trusts the host key on first use, and every link uses the public address', async () => {
    const open = await waitFor('public and reachable', async () => {
      const s = await status(t);
      return s.state === 'public' && s.reachable === true ? s : null;
    });
    expect(open).toMatchObject({ mode: 'own_server', url: PUBLIC_URL, problem: null, trustedHostKey: ssh.fingerprint() });
    expect(open.sshPublicKey).toBe(`ssh-ed25519 ${key.public.split(' ')[1]} hotseat-studio`);
    const snapshot = await t.host.command('studio.snapshot', {});
    expect(snapshot.links.store).toBe(`${PUBLIC_URL}/s/public-show`);

    // A viewer's checkout through the tunnel comes back with public links (payment page, receipt).
    const response = await checkout('203.0.113.7', 0);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { receiptUrl: string };
    expect(body.receiptUrl.startsWith(`${PUBLIC_URL}/receipt#t=`)).toBe(true);
    const [session] = (await t.stripe.checkout.sessions.list({ limit: 1 })).data;
    expect(session?.success_url?.startsWith(`${PUBLIC_URL}/receipt`)).toBe(true);
    expect(session?.cancel_url?.startsWith(`${PUBLIC_URL}/s/public-show`)).toBe(true);
  });

  it('counts viewers by the address the edge saw: 300 viewers in a minute all get checkouts, one client still cannot flood', async () => {
    const statuses: number[] = [];
    for (let batch = 0; batch < 300; batch += 25) {
      const round = await Promise.all(
        Array.from({ length: 25 }, (_, k) => batch + k).map(async (i) => {
          const response = await checkout(`198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`, i + 1);
          await response.arrayBuffer();
          return response.status;
        }),
      );
      statuses.push(...round);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(300);

    // One viewer hammering: their own bucket runs out, nobody else's.
    const flood: number[] = [];
    for (let i = 0; i <= DEFAULT_LIMITS.checkoutsPerMinute; i += 1) {
      const response = await checkout('192.0.2.66', 1_000 + i);
      await response.arrayBuffer();
      flood.push(response.status);
    }
    expect(flood.slice(0, -1).every((s) => s === 201)).toBe(true);
    expect(flood.at(-1)).toBe(429);
    expect((await checkout('192.0.2.67', 2_000)).status).toBe(201);
  });

  it('never believes X-Forwarded-For on the ordinary port: forged addresses there share one bucket', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= DEFAULT_LIMITS.checkoutsPerMinute; i += 1) {
      const response = await fetch(`${t.studio.url}/api/checkout`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${i}.1` },
        body: JSON.stringify({ offerId: tipOfferId, amount: 300, buyerName: 'Forger', buyerKey: `forger-key-${String(i).padStart(8, '0')}` }),
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it.each(['close', 'reset'] as const)('reconnects a dropped tunnel by itself (connection cut by %s), keeping the public links (the address is the server’s)', async (how) => {
    const loginsBefore = ssh.logins();
    const seen: PublicAddressStatus[] = [];
    const stop = t.host.client.onEvent((event) => {
      if (event.type === 'public.status') seen.push(event.status);
    });
    ssh.dropAll(how);
    await waitFor('the drop noticed', () => seen.some((s) => s.state === 'connecting' && s.problem?.code === 'dropped'));
    // While it reconnects, links still name the server: they work again in a moment.
    expect(seen.every((s) => s.url === PUBLIC_URL)).toBe(true);
    await waitFor('public again', () => seen.some((s) => s.state === 'public' && s.reachable === true), { timeoutMs: 15_000 });
    expect(ssh.logins()).toBeGreaterThan(loginsBefore);
    expect((await checkout('203.0.113.8', 3_000)).status).toBe(201);
    stop();
  });

  it('refuses a server whose host key changed, says so, takes the public links down, and reconnects once the creator trusts the new key', async () => {
    const trusted = ssh.fingerprint();
    ssh.replaceHostKey();
    const refused = await waitFor('host key refused', async () => {
      const s = await status(t);
      return s.state === 'failing' && s.problem?.code === 'host_key_changed' ? s : null;
    }, { timeoutMs: 15_000 });
    expect(refused.url).toBeNull();
    expect(refused.offeredHostKey).toBe(ssh.fingerprint());
    expect(refused.trustedHostKey).toBe(trusted);
    expect(refused.problem?.message).toMatch(/different identity/);
    expect((await t.host.command('studio.snapshot', {})).links.store).toBe(`${t.studio.url}/s/public-show`);
    // It does not retry on its own: a changed identity needs a person.
    const logins = ssh.logins();
    await expect(t.host.command('public.trustHostKey', { fingerprint: `SHA256:${'A'.repeat(43)}` })).rejects.toThrow(/not the key the server offered/);

    await t.host.command('public.trustHostKey', { fingerprint: ssh.fingerprint() });
    const back = await waitFor('public with the new key', async () => {
      const s = await status(t);
      return s.state === 'public' && s.reachable === true ? s : null;
    }, { timeoutMs: 15_000 });
    expect(back.trustedHostKey).toBe(ssh.fingerprint());
    expect(ssh.logins()).toBe(logins + 1);
  });
});

describe('own server: what goes wrong, said clearly', () => {
  const key = generateEd25519KeyPair();
  const other = generateEd25519KeyPair();
  let ssh: SshTestServer;
  beforeAll(async () => {
    ssh = await startSshTestServer({ username: USER });
    ssh.allowKey(other.public);
  });
  afterAll(() => ssh?.close());

  it('a key the server does not accept: credentials, no retrying, local links', async () => {
    const t = await startOwnServerStudio(ssh, key.private, await freePort());
    try {
      const s = await waitFor('refused', async () => ((await status(t)).problem?.code === 'credentials' ? status(t) : null));
      expect(s).toMatchObject({ state: 'failing', url: null, retryAt: null });
      expect(s.problem?.message).toMatch(/refused the studio's SSH key for user "hotseat"/);
    } finally {
      await t.close();
    }
  });

  it('a server that is not there: unreachable, retried with backoff', async () => {
    const nothing = await freePort();
    const t = await startTestStudio({
      webhooks: false,
      secrets: { sshPrivateKey: key.private },
      publicAccess: { network: { publicMode: 'own_server', ownServer: { host: '127.0.0.1', sshPort: nothing, username: USER, remotePort: await freePort(), publicUrl: PUBLIC_URL } } },
      publicTuning: { timing: fastTiming },
    });
    try {
      const s = await waitFor('retrying', async () => {
        const current = await status(t);
        return current.problem?.code === 'unreachable' && current.attempt >= 2 ? current : null;
      });
      expect(s.state).toBe('failing');
      expect(s.url).toBeNull();
      expect(s.retryAt).not.toBeNull();
      expect(s.problem?.message).toMatch(/refused the connection: is sshd running/);
    } finally {
      await t.close();
    }
  });

  it('a server that will not forward the port: said, and retried (an old connection may still hold it)', async () => {
    ssh.allowKey(key.public);
    ssh.refuseForwarding(true);
    const t = await startOwnServerStudio(ssh, key.private, await freePort());
    try {
      const s = await waitFor('forward refused', async () => ((await status(t)).problem?.code === 'forward_refused' ? status(t) : null));
      expect(s.problem?.message).toMatch(/would not open port/);
      ssh.refuseForwarding(false);
      await waitFor('public once the server allows it', async () => (await status(t)).state === 'public');
    } finally {
      ssh.refuseForwarding(false);
      await t.close();
    }
  });

  it('a public address that answers as another studio: no public links', async () => {
    ssh.allowKey(key.public);
    const elsewhere = await startTestStudio({ webhooks: false });
    const t = await startOwnServerStudio(ssh, key.private, await freePort(), {
      check: (id) => {
        const inner = createReachCheck(id, 3_000);
        return (_url, signal) => inner(elsewhere.studio.url, signal);
      },
    });
    try {
      const s = await waitFor('other studio seen', async () => ((await status(t)).problem?.code === 'other_studio' ? status(t) : null));
      expect(s).toMatchObject({ state: 'failing', url: null, reachable: false });
      expect(s.problem?.message).toMatch(/another Hotseat studio/);
      expect((await t.host.command('studio.snapshot', {})).links.studio.startsWith(t.studio.url)).toBe(true);
    } finally {
      await t.close();
      await elsewhere.close();
    }
  });
});
