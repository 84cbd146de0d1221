import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { AppErrorShape } from '../../../src/shared/result';
import { webSocketUrl } from '../../../src/renderer/lib/socket';
import type { StudioEvent } from '../../../src/shared/events';
import { hostSelfiePath, receiptSelfiePath, SELFIE_FRAME_PATH, SELFIE_MAX_BYTES } from '../../../src/shared/selfies';
import { ReceiptView } from '../../../src/shared/store-api';
import { payOnCheckoutPage, postCheckout, startTestStudio, type TestStudio } from '../../support/studio-harness';
import { solidPng } from '../../support/png';
import { waitFor } from '../../support/wait-for';

/**
 * Selfies through a real studio: the studio page's frame upload, the host-only commands, and the
 * buyer's download from their receipt, authorized by the receipt token alone (another buyer's
 * token, a wrong token or a moderator get nothing), with a live receipt update.
 */
let t: TestStudio;
const clients: StudioClient[] = [];
let offerId: string;

interface Buyer {
  purchaseId: string;
  receiptToken: string;
  seatId: string;
  /** What the buyer's guest page heard (on air only). */
  guestEvents: StudioEvent[];
}

beforeAll(async () => {
  t = await startTestStudio({ webhooks: true });
  const show = await t.host.command('show.create', { title: 'Selfie Saturday', slug: 'selfie-saturday', currency: 'usd' });
  offerId = (await t.host.command('offer.create', { showId: show.id, offer: { kind: 'hotseat', title: 'Selfie with me', format: 'selfie', price: 1500, minutes: 2, perShow: 10, perBuyer: 2 } } as never)).id;
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
});
afterAll(async () => {
  for (const c of clients) c.stop();
  await t?.close();
});

function connect(token: string): { client: StudioClient; events: StudioEvent[] } {
  const client = new StudioClient({ url: webSocketUrl(t.studio.url), token, WebSocket, onInvalidMessage: () => undefined });
  const events: StudioEvent[] = [];
  client.onEvent((event) => events.push(event));
  client.start();
  clients.push(client);
  return { client, events };
}

/** Buys, pays and gets accepted; optionally enters the green room and goes on air. */
async function buyer(name: string, onAir: boolean): Promise<Buyer> {
  const { status, body } = await postCheckout(t.studio.url, { offerId, buyerName: name });
  expect(status, body.error?.message).toBe(201);
  expect((await payOnCheckoutPage(body.checkoutUrl)).status).toBe(303);
  await waitFor('paid', () => t.host.purchase(body.purchaseId)?.status === 'pending_review' || undefined);
  await t.host.command('queue.accept', { purchaseId: body.purchaseId });
  const receiptToken = new URL(body.receiptUrl).hash.slice('#t='.length);
  const seat = await waitFor('seat', async () => (await t.host.command('seats.list', {})).seats.find((s) => s.purchaseId === body.purchaseId));
  let guestEvents: StudioEvent[] | undefined;
  if (onAir) {
    const receipt = ReceiptView.parse(await (await fetch(`${t.studio.url}/api/receipt`, { headers: { 'X-Receipt-Token': receiptToken } })).json());
    const guest = connect(new URL(receipt.joinUrl ?? '').hash.slice('#t='.length));
    await waitFor('guest online', () => guest.client.state.get().status === 'online' || undefined);
    expect((await guest.client.command('guest.enter', { name })).ok).toBe(true);
    await t.host.command('seat.live', { seatId: seat.id });
    guestEvents = guest.events;
  }
  return { purchaseId: body.purchaseId, receiptToken, seatId: seat.id, guestEvents: guestEvents ?? [] };
}

function uploadFrame(body: Buffer, { token = t.studio.hostToken, type = 'image/png' } = {}) {
  return fetch(`${t.studio.url}${SELFIE_FRAME_PATH}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': type }, body });
}

const download = (selfieId: string, token?: string) =>
  fetch(`${t.studio.url}${receiptSelfiePath(selfieId)}`, { headers: token === undefined ? {} : { 'X-Receipt-Token': token } });

/** A refusal's error, as the receipt page's `useImageBlob` reads it. */
const refusal = async (response: Response) => AppErrorShape.parse(((await response.json()) as { error: unknown }).error);

describe('selfies over HTTP and the hub', () => {
  let ada: Buyer;
  let bo: Buyer;
  let selfieId: string;
  const frame = solidPng(640, 360, [255, 0, 255]);

  beforeAll(async () => {
    ada = await buyer('Ada', true);
    bo = await buyer('Bo', false);
  });

  it("tells the guest on air, and only them, when the host's shot happens", async () => {
    expect(await t.host.command('selfie.announce', { seatId: ada.seatId, inMs: 3_000 })).toEqual({});
    await waitFor('the guest told', () => ada.guestEvents.find((e) => e.type === 'guest.selfie'));
    expect(ada.guestEvents.filter((e) => e.type === 'guest.selfie')).toEqual([{ type: 'guest.selfie', seatId: ada.seatId, inMs: 3_000 }]);
    expect(t.host.events.some((e) => e.type === 'guest.selfie')).toBe(false);
    // Bo is not on air: no countdown for a seat that cannot have its selfie now.
    await expect(t.host.client.command('selfie.announce', { seatId: bo.seatId, inMs: 3_000 })).resolves.toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('takes a selfie from the uploaded studio frame and updates the buyer’s receipt live', async () => {
    const viewer = connect(ada.receiptToken);
    await waitFor('receipt socket', () => viewer.events.some((e) => e.type === 'receipt.updated') || undefined);
    const uploaded = await uploadFrame(frame);
    expect(uploaded.status).toBe(201);
    const { frameId } = (await uploaded.json()) as { frameId: string };
    const taken = await t.host.command('selfie.take', { seatId: ada.seatId, frameId });
    expect(taken).toMatchObject({ notice: null, selfie: { source: 'studio', width: 640, height: 360, purchaseId: ada.purchaseId } });
    selfieId = taken.selfie.id;
    const live = await waitFor('live receipt update', () =>
      viewer.events.findLast((e) => e.type === 'receipt.updated' && e.receipt.selfies.length === 1),
    );
    expect(live.type === 'receipt.updated' && live.receipt.selfies[0]?.id).toBe(selfieId);
    expect((await t.host.command('selfies.list', {})).map((s) => s.id)).toEqual([selfieId]);
  });

  it('lets the buyer download it with their receipt token, as an attachment of the right type', async () => {
    const response = await download(selfieId, ada.receiptToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="hotseat-selfie-selfie-saturday-1.png"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await response.arrayBuffer()).equals(frame)).toBe(true);
  });

  it("refuses another buyer's receipt, a wrong token, no token and the selfie id alone", async () => {
    const other = await download(selfieId, bo.receiptToken);
    expect(other.status).toBe(404);
    const notHers = await refusal(other);
    expect(JSON.stringify(notHers)).not.toContain('Ada');
    expect(notHers).toEqual({ code: 'not_found', message: 'This selfie is not on your receipt (it may have been deleted).', reason: { id: 'error.selfie.notOnReceipt' } });
    expect(localizeError(notHers, 'fr').message).toBe('Ce selfie ne figure pas sur votre reçu (il a peut-être été supprimé).');
    expect((await download(selfieId, `${ada.receiptToken.slice(0, -2)}xx`)).status).toBe(404);
    const noToken = await download(selfieId);
    expect(noToken.status).toBe(401);
    const incomplete = await refusal(noToken);
    expect(incomplete.reason).toEqual({ id: 'error.purchases.receiptLinkIncomplete' });
    expect(localizeError(incomplete, 'fr').message).toBe('Ce lien de reçu est incomplet. Ouvrez le lien complet de votre confirmation.');
    expect((await fetch(`${t.studio.url}${receiptSelfiePath(selfieId)}?token=${ada.receiptToken}`)).status).toBe(401);
    // The host's copy needs the host token.
    expect((await fetch(`${t.studio.url}${hostSelfiePath(selfieId)}`, { headers: { Authorization: `Bearer ${ada.receiptToken}` } })).status).toBe(401);
    const hostCopy = await fetch(`${t.studio.url}${hostSelfiePath(selfieId)}`, { headers: { Authorization: `Bearer ${t.studio.hostToken}` } });
    expect(hostCopy.status).toBe(200);
  });

  it('refuses frame uploads that are too big, not pictures, or not from the host', async () => {
    expect((await uploadFrame(Buffer.concat([frame, Buffer.alloc(SELFIE_MAX_BYTES)]))).status).toBe(413);
    const notImage = await uploadFrame(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(notImage.status).toBe(400);
    expect(await refusal(notImage)).toMatchObject({ message: 'The picture is not a PNG or JPEG image', reason: { id: 'error.selfie.notImage' } });
    expect((await uploadFrame(frame, { type: 'image/svg+xml' })).status).toBe(400);
    const notHost = await uploadFrame(frame, { token: ada.receiptToken });
    expect(notHost.status).toBe(401);
    expect((await refusal(notHost)).reason).toEqual({ id: 'error.selfie.frameHostOnly' });
    const crossSite = await fetch(`${t.studio.url}${SELFIE_FRAME_PATH}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.studio.hostToken}`, 'Content-Type': 'image/png', Origin: 'https://evil.example' },
      body: frame,
    });
    expect(crossSite.status).toBe(403);
    expect((await refusal(crossSite)).reason).toEqual({ id: 'error.selfie.frameOriginRefused' });
  });

  it('keeps moderators out: no commands, no events, no pictures', async () => {
    const invite = await t.host.command('moderators.invite', { name: 'Maya', expiresInHours: 4 });
    const token = new URLSearchParams(new URL(invite.link).hash.slice(1)).get('token') ?? '';
    const maya = connect(token);
    await waitFor('moderator online', () => maya.client.state.get().status === 'online' || undefined);
    for (const [name, input] of [
      ['selfie.announce', { seatId: ada.seatId, inMs: 3_000 }],
      ['selfie.take', { seatId: ada.seatId, frameId: null }],
      ['selfies.list', {}],
      ['selfie.delete', { selfieId }],
    ] as const) {
      expect(await maya.client.command(name as never, input as never), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await fetch(`${t.studio.url}${hostSelfiePath(selfieId)}`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
    const { frameId } = (await (await uploadFrame(frame)).json()) as { frameId: string };
    await t.host.command('selfie.take', { seatId: ada.seatId, frameId });
    await waitFor('host heard of the second selfie', () => t.host.events.filter((e) => e.type === 'selfies.updated').length >= 2 || undefined);
    expect(maya.events.some((e) => e.type === 'selfies.updated' || e.type === 'receipt.updated')).toBe(false);
  });

  it('deletes a selfie: gone from the receipt (live) and from the download', async () => {
    const viewer = connect(ada.receiptToken);
    await waitFor('receipt socket', () => viewer.events.some((e) => e.type === 'receipt.updated') || undefined);
    await t.host.command('selfie.delete', { selfieId });
    await waitFor('receipt without it', () =>
      viewer.events.findLast((e) => e.type === 'receipt.updated' && !e.receipt.selfies.some((s) => s.id === selfieId)),
    );
    const gone = await download(selfieId, ada.receiptToken);
    expect(gone.status).toBe(404);
    expect((await refusal(gone)).reason).toEqual({ id: 'error.selfie.notOnReceipt' });
    const hostCopy = await fetch(`${t.studio.url}${hostSelfiePath(selfieId)}`, { headers: { Authorization: `Bearer ${t.studio.hostToken}` } });
    expect(hostCopy.status).toBe(404);
    expect(localizeError(await refusal(hostCopy), 'fr').message).toBe('Ce selfie a déjà été supprimé');
  });
});
