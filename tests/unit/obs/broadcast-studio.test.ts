import { get, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';
import { FakeObs } from '../../support/fake-obs';
import { waitFor } from '../../support/wait-for';

/**
 * The OBS and program commands and routes inside a real studio core: the contract, the policy, the
 * program key, the ingest socket and the live stream over real HTTP, and OBS status events.
 */
let t: TestStudio;
let obs: FakeObs;

beforeAll(async () => {
  t = await startTestStudio({ webhooks: false });
  obs = new FakeObs({ password: 'studio-obs-pass' });
  await obs.start();
});

afterAll(async () => {
  await t?.close();
  await obs?.stop();
});

/** EBML header, unknown-size Segment with Tracks (video track 1), then one unknown-size Cluster starting at a key frame: the smallest live WebM. */
const HEADER = Buffer.from('1a45dfa3848142428118538067' + '01ffffffffffffff' + '1654ae6b88' + 'ae86d78101838101', 'hex');
const CLUSTER = Buffer.from('1f43b675' + '01ffffffffffffff' + 'e78100' + 'a3858100008' + '0aa', 'hex');

function openStream(url: string): Promise<{ response: IncomingMessage; received: () => Buffer; close: () => void }> {
  return new Promise((resolve, reject) => {
    // Asking for compression as browsers do: a live video stream must still come as it is.
    const request = get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      resolve({ response, received: () => Buffer.concat(chunks), close: () => request.destroy() });
    });
    request.on('error', reject);
  });
}

function openIngest(token: string): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(`${t.studio.url.replace('http', 'ws')}/program/ingest`);
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.send(JSON.stringify({ type: 'hello', token, mimeType: 'video/webm;codecs=vp8' }));
      resolve({ socket, closed });
    });
    socket.once('error', reject);
  });
}

describe('program feed and OBS inside the studio', () => {
  it('hands the host the program links carrying the program key, and keeps program settings', async () => {
    const state = await t.host.command('program.get', {});
    expect(state.links.stream).toMatch(new RegExp(`^${t.studio.url}/program/live\\.webm\\?key=hsp_[A-Za-z0-9_-]{32}$`));
    expect(state.links.page).toContain('/program?key=hsp_');
    expect(state.settings).toEqual({ resolution: '720p', fps: 30, showCountdown: true, wordFilter: [], alerts: 'auto', storeQr: false });
    // No OBS holds the overlay input: the alerts are drawn into the program.
    expect(state.alertsLayer).toBe('program');
    expect(state.links.overlay).toContain('/overlay?key=hsp_');

    const bad = await t.host.client.command('program.update', { ...state.settings, wordFilter: ['ok', 'bad\u0007word'] });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/wordFilter\.1: must not contain control characters/) as unknown });

    const saved = await t.host.command('program.update', { resolution: '1080p', fps: 60, showCountdown: false, wordFilter: ['Darn', 'darn', 'heck'] });
    // Settings saved before the alerts and store-card choices existed read as automatic, and no card.
    expect(saved.settings).toEqual({ resolution: '1080p', fps: 60, showCountdown: false, wordFilter: ['darn', 'heck'], alerts: 'auto', storeQr: false });
    await waitFor('program event', () => t.host.events.some((e) => e.type === 'program.state' && e.program.settings.fps === 60));
    expect((await t.host.command('program.get', {})).settings.resolution).toBe('1080p');
  });

  it('draws the store card only when asked for and only with a public address, following the address and the show', async () => {
    const settings = (await t.host.command('program.get', {})).settings;
    const network = await t.host.command('settings.network.update', { ...(await t.host.command('studio.snapshot', {})).network, publicMode: 'off', publicBaseUrl: null });
    await t.host.command('show.create', { title: 'Card Night', slug: 'card-night', currency: 'usd' });
    // Wanted, but links are local: no viewer could open it, so no card.
    expect((await t.host.command('program.update', { ...settings, storeQr: true })).storeCard).toBeNull();
    await t.host.command('settings.network.update', { ...network, publicMode: 'own_url', publicBaseUrl: 'https://show.example.com' });
    const published = await waitFor('the card with the public address', () =>
      t.host.events.findLast((e) => e.type === 'program.state' && e.program.storeCard !== null),
    );
    expect(published.type === 'program.state' && published.program.storeCard).toEqual({ url: 'https://show.example.com/s/card-night', label: 'show.example.com/s/card-night' });
    // A newer show becomes the one the studio runs: the card follows its store.
    await t.host.command('show.create', { title: 'Encore', slug: 'encore', currency: 'usd' });
    await waitFor('the card for the new show', () => t.host.events.some((e) => e.type === 'program.state' && e.program.storeCard?.url === 'https://show.example.com/s/encore'));
    // Off again: gone, though the address is public.
    expect((await t.host.command('program.update', { ...settings, storeQr: false })).storeCard).toBeNull();
    await t.host.command('settings.network.update', { ...network, publicMode: 'off', publicBaseUrl: null });
    expect((await t.host.command('program.update', settings)).storeCard).toBeNull();
  });

  it("keeps the host's layout and guest slot order, refusing nonsense with a clear error", async () => {
    expect((await t.host.command('program.get', {})).arrangement).toEqual({ layout: 'side-by-side', guestOrder: [] });
    const saved = await t.host.command('program.arrange', { layout: 'grid', guestOrder: ['seat_b', 'seat_a', 'seat_b'] });
    expect(saved.arrangement).toEqual({ layout: 'grid', guestOrder: ['seat_b', 'seat_a'] });
    await waitFor('arrangement event', () => t.host.events.some((e) => e.type === 'program.state' && e.program.arrangement.layout === 'grid'));
    expect((await t.host.command('program.get', {})).arrangement).toEqual({ layout: 'grid', guestOrder: ['seat_b', 'seat_a'] });

    for (const input of [{ layout: 'mosaic', guestOrder: [] }, { layout: 'pip', guestOrder: [''] }, { layout: 'pip', guestOrder: Array.from({ length: 65 }, (_, i) => `s${i}`) }]) {
      const bad = await t.host.client.command('program.arrange', input as never);
      expect(bad.ok ? null : bad.error.code).toBe('bad_request');
    }
    expect((await t.host.command('program.get', {})).arrangement.layout).toBe('grid');
  });

  it('serves the live stream only with the program key, from the studio page recording over the ingest socket', async () => {
    const { links } = await t.host.command('program.get', {});
    for (const wrong of [`${t.studio.url}/program/live.webm`, `${t.studio.url}/program/live.webm?key=hsp_guess`, links.stream.replace(/key=hsp_./, 'key=hsp_x')]) {
      const refused = await fetch(wrong);
      expect(refused.status).toBe(404);
    }

    // A reader before any recording waits for one: its answer starts with the recording's codecs.
    const early = openStream(links.stream);
    await waitFor('the reader waiting', async () => (await t.host.command('program.get', {})).feed.readers === 1);
    const ingest = await openIngest(t.studio.hostToken);
    await new Promise((resolve) => ingest.socket.once('message', resolve)); // ready
    ingest.socket.send(HEADER);
    ingest.socket.send(CLUSTER);
    const reader = await early;
    expect(reader.response.statusCode).toBe(200);
    expect(reader.response.headers['content-type']).toBe('video/webm; codecs="vp8"');
    expect(reader.response.headers['content-encoding']).toBeUndefined();
    await waitFor('stream bytes', () => reader.received().equals(Buffer.concat([HEADER, CLUSTER])));
    const live = await t.host.command('program.get', {});
    expect(live.feed).toMatchObject({ live: true, readers: 1, problem: null });

    // A second reader (OBS reconnecting) starts at the header and the latest Cluster.
    const second = await openStream(links.stream);
    await waitFor('late joiner', () => second.received().equals(Buffer.concat([HEADER, CLUSTER])));
    second.close();

    ingest.socket.close();
    await waitFor('stream ends with the recording', () => reader.response.readableEnded || reader.response.complete);
    reader.close();
  });

  it('refuses an ingest socket without the host token, or one that sends video before saying who it is', async () => {
    const stranger = await openIngest('hsh_not-the-host-token');
    expect(await stranger.closed).toBe(4401);
    const rude = new WebSocket(`${t.studio.url.replace('http', 'ws')}/program/ingest`);
    const code = new Promise<number>((resolve) => rude.once('close', (c) => resolve(c)));
    rude.once('open', () => rude.send(HEADER));
    expect(await code).toBe(4400);
  });

  it('connects to OBS when the host turns it on, pushes its status, and keeps the password to itself', async () => {
    const off = await t.host.command('obs.status', {});
    expect(off.connection).toBe('disabled');

    const configured = await t.host.command('obs.configure', { enabled: true, address: obs.url, programPath: 'auto', password: 'studio-obs-pass' });
    expect(configured.settings).toEqual({ enabled: true, address: obs.url, programPath: 'auto', passwordSet: true });
    await waitFor('obs connected event', () => t.host.events.some((e) => e.type === 'obs.status' && e.status.connection === 'connected'));
    const { links } = await t.host.command('program.get', {});
    expect(obs.state.inputs.get('Hotseat program')?.inputSettings.input).toBe(links.stream);

    const bad = await t.host.client.command('obs.configure', { enabled: true, address: 'http://example.com', programPath: 'auto' });
    expect(!bad.ok && bad.error.message).toMatch(/address: must look like ws:\/\/127\.0\.0\.1:4455/);

    const rec = await t.host.command('obs.output', { output: 'record', action: 'start' });
    expect(rec.recording.active).toBe(true);
    await t.host.command('obs.output', { output: 'record', action: 'stop' });

    expect(JSON.stringify(t.host.events)).not.toContain('studio-obs-pass');
    expect(t.log.lines.join('\n')).not.toContain('studio-obs-pass');
    expect(t.log.lines.join('\n')).not.toMatch(/hsp_[A-Za-z0-9_-]{8}/);
  });

  it('closes promptly while OBS is still reading the stream', async () => {
    const { links } = await t.host.command('program.get', {});
    const waiting = openStream(links.stream);
    await waitFor('the reader waiting', async () => (await t.host.command('program.get', {})).feed.readers === 1);
    await t.stop();
    // No recording ever started for it: told to come back, not left hanging.
    const reader = await waiting;
    expect(reader.response.statusCode).toBe(503);
    expect(reader.response.headers['retry-after']).toBe('1');
    await waitFor('reader ended', () => reader.response.complete || reader.response.destroyed || reader.response.readableEnded);
    await t.start();
  });
});
