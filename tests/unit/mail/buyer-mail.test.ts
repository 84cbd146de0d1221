import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { webSocketUrl } from '../../../src/renderer/lib/socket';
import { MAIL_OFF_TEXT, RECEIPT_RESEND_ANSWER, RECEIPT_RESEND_PATH, type MailSettings } from '../../../src/shared/mail';
import { SELFIE_FRAME_PATH } from '../../../src/shared/selfies';
import { ReceiptView } from '../../../src/shared/store-api';
import { payOnCheckoutPage, postCheckout, startTestStudio, type TestStudio } from '../../support/studio-harness';
import { solidPng } from '../../support/png';
import { startSilentServer, startSmtpSink, type ReceivedMail, type SmtpSink } from '../../support/smtp-sink';
import { waitFor } from '../../support/wait-for';

/**
 * Buyer email end to end: a real studio core, real payments against the Stripe-compatible server,
 * nodemailer talking to a real SMTP server (smtp-server) that the test reads back. Faults: a server
 * refusing, a server that never answers, the studio closing with a message on the wire.
 */
const PASSWORD = 'smtp-pass-Zq93xLw';
const EVIL_NAME = '<script>alert(1)</script> Ada';
let t: TestStudio;
let sink: SmtpSink;
let tipId: string;
let seatOfferId: string;
let selfieOfferId: string;
const clients: StudioClient[] = [];

const settingsFor = (port: number, overrides: Partial<MailSettings> = {}): MailSettings => ({
  enabled: true,
  host: '127.0.0.1',
  port,
  security: 'none',
  username: 'studio',
  fromAddress: 'shows@example.com',
  senderName: 'Maya Live',
  ...overrides,
});

beforeAll(async () => {
  sink = await startSmtpSink({ username: 'studio', password: PASSWORD });
  t = await startTestStudio({
    webhooks: true,
    limits: { receiptResendsPerMinute: 4 },
    mailTuning: { retry: { baseMs: 20, maxMs: 40 }, maxAttempts: 3, pollMs: 50, timeouts: { connectionMs: 500, greetingMs: 500, socketMs: 500 } },
  });
  const show = await t.host.command('show.create', { title: 'Late Night Live', slug: 'late-night', currency: 'usd' });
  tipId = (await t.host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Tip', minAmount: 200, maxAmount: 5000, messageMaxLength: 200 } })).id;
  seatOfferId = (await t.host.command('offer.create', { showId: show.id, offer: { kind: 'hotseat', title: 'Chat with me', format: 'qa', price: 1500, minutes: 2, perShow: 10, perBuyer: 5 } } as never)).id;
  selfieOfferId = (await t.host.command('offer.create', { showId: show.id, offer: { kind: 'hotseat', title: 'Selfie with me', format: 'selfie', price: 1000, minutes: 1, perShow: 10, perBuyer: 5 } } as never)).id;
  await t.host.command('show.setStatus', { showId: show.id, status: 'live' });
  await t.host.command('mail.settings.set', { settings: settingsFor(sink.port), password: PASSWORD });
});
afterAll(async () => {
  for (const c of clients) c.stop();
  await t?.close();
  await sink?.close();
});

async function buyTip(name: string, email = 'viewer@example.com', locale?: 'en' | 'fr'): Promise<{ purchaseId: string }> {
  const { status, body } = await postCheckout(t.studio.url, { offerId: tipId, buyerName: name, amount: 500, message: 'hi <b>there</b>', ...(locale ? { locale } : {}) });
  expect(status, body.error?.message).toBe(201);
  expect((await payOnCheckoutPage(body.checkoutUrl, { email })).status).toBe(303);
  await waitFor('paid', () => t.host.purchase(body.purchaseId)?.status === 'paid' || undefined);
  return { purchaseId: body.purchaseId };
}

const mailFor = (purchaseId: string, kind: string) => waitFor(`${kind} mail for ${purchaseId}`, () => sink.messages.find((m) => m.messageId.includes(`${kind}-${purchaseId}`)));

/** The links in a plain-text message, in order. */
const linksIn = (mail: ReceivedMail) => [...mail.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
const tokenOf = (url: string) => new URL(url).hash.slice('#t='.length);

async function receiptFor(token: string): Promise<{ status: number; receipt?: ReceiptView }> {
  const response = await fetch(`${t.studio.url}/api/receipt`, { headers: { 'X-Receipt-Token': token } });
  return response.status === 200 ? { status: 200, receipt: ReceiptView.parse(await response.json()) } : { status: response.status };
}

const outbox = () => t.host.command('mail.outbox', {});

describe('buyer email over a real SMTP server', () => {
  it('sends the receipt after payment: text and HTML, the sender named, the buyer’s name escaped, a link that opens the receipt', async () => {
    const { purchaseId } = await buyTip(EVIL_NAME);
    const mail = await mailFor(purchaseId, 'receipt');
    expect(mail.from).toEqual({ name: 'Maya Live', address: 'shows@example.com' });
    expect(mail.envelopeTo).toEqual(['viewer@example.com']);
    expect(mail.subject).toBe('Your receipt: Tip at Late Night Live');
    expect(mail.text).toContain(`Hi ${EVIL_NAME},`);
    expect(mail.html).toContain('Hi &lt;script&gt;alert(1)&lt;/script&gt; Ada,');
    expect(mail.html).not.toContain('<script>');
    const [receiptUrl] = linksIn(mail);
    expect(receiptUrl).toMatch(new RegExp(`^${t.studio.url}/receipt#t=`));
    expect(mail.html).toContain(`href="${receiptUrl}"`);
    // A token of its own (the checkout's is never stored, so it cannot be mailed), opening the same receipt.
    const opened = await receiptFor(tokenOf(receiptUrl ?? ''));
    expect(opened.status).toBe(200);
    expect(opened.receipt).toMatchObject({ purchaseId, buyerName: EVIL_NAME, status: 'paid' });
    expect(sink.logins.at(-1)).toEqual({ username: 'studio', password: PASSWORD });
  });

  it('writes to a buyer from a French store page in French, their name still escaped', async () => {
    const { purchaseId } = await buyTip(EVIL_NAME, 'lea@example.com', 'fr');
    const mail = await mailFor(purchaseId, 'receipt');
    expect(mail.subject).toBe('Votre reçu\u00a0: Tip pendant Late Night Live');
    expect(mail.text).toContain(`Bonjour ${EVIL_NAME},`);
    expect(mail.text).toContain('Merci pour votre pourboire\u202f!');
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('Bonjour &lt;script&gt;alert(1)&lt;/script&gt; Ada,');
    expect(linksIn(mail).some((url) => url.includes('/receipt#t='))).toBe(true);
  });

  it('emails an accepted buyer their join link, which opens the guest page as that seat', async () => {
    const { status, body } = await postCheckout(t.studio.url, { offerId: seatOfferId, buyerName: 'Bo', question: 'How do you plan a show?' });
    expect(status, body.error?.message).toBe(201);
    expect((await payOnCheckoutPage(body.checkoutUrl, { email: 'bo@example.com' })).status).toBe(303);
    await waitFor('in review', () => t.host.purchase(body.purchaseId)?.status === 'pending_review' || undefined);
    const receipt = await mailFor(body.purchaseId, 'receipt');
    expect(receipt.text).toContain('Your card is only held');
    await t.host.command('queue.accept', { purchaseId: body.purchaseId });
    const accepted = await mailFor(body.purchaseId, 'accepted');
    expect(accepted.subject).toBe("You're accepted: your hot seat at Late Night Live");
    const joinUrl = linksIn(accepted).find((url) => url.includes('/guest#t='));
    expect(joinUrl).toBeDefined();
    const seat = await waitFor('seat', async () => (await t.host.command('seats.list', {})).seats.find((s) => s.purchaseId === body.purchaseId));
    const guest = new StudioClient({ url: webSocketUrl(t.studio.url), token: tokenOf(joinUrl ?? ''), WebSocket, onInvalidMessage: () => undefined });
    clients.push(guest);
    guest.start();
    await waitFor('guest online', () => guest.state.get().status === 'online' || undefined);
    const view = await guest.command('guest.view', {});
    expect(view.ok && view.value.seatId).toBe(seat.id);
    // The receipt link in the same email shows that same join link (derived from the emailed token).
    const receiptLink = linksIn(accepted).find((url) => url.includes('/receipt#t='));
    expect((await receiptFor(tokenOf(receiptLink ?? ''))).receipt?.joinUrl).toBe(joinUrl);

    // Called to the hot seat: "you're next", with a link that still works.
    await t.host.command('seat.call', { seatId: seat.id });
    const next = await mailFor(body.purchaseId, 'next');
    expect(next.subject).toBe("You're next on Late Night Live");
  });

  it('emails a selfie buyer once their selfie is taken on air, with a receipt link that offers it', async () => {
    const { body } = await postCheckout(t.studio.url, { offerId: selfieOfferId, buyerName: 'Cai' });
    expect((await payOnCheckoutPage(body.checkoutUrl, { email: 'cai@example.com' })).status).toBe(303);
    await waitFor('in review', () => t.host.purchase(body.purchaseId)?.status === 'pending_review' || undefined);
    await t.host.command('queue.accept', { purchaseId: body.purchaseId });
    const joinUrl = linksIn(await mailFor(body.purchaseId, 'accepted')).find((url) => url.includes('/guest#t=')) ?? '';
    const seat = await waitFor('seat', async () => (await t.host.command('seats.list', {})).seats.find((s) => s.purchaseId === body.purchaseId));
    const guest = new StudioClient({ url: webSocketUrl(t.studio.url), token: tokenOf(joinUrl), WebSocket, onInvalidMessage: () => undefined });
    clients.push(guest);
    guest.start();
    await waitFor('guest online', () => guest.state.get().status === 'online' || undefined);
    expect((await guest.command('guest.enter', { name: 'Cai' })).ok).toBe(true);
    await t.host.command('seat.live', { seatId: seat.id });

    const uploaded = await fetch(`${t.studio.url}${SELFIE_FRAME_PATH}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.studio.hostToken}`, 'Content-Type': 'image/png' },
      body: solidPng(640, 360, [255, 0, 255]),
    });
    expect(uploaded.status).toBe(201);
    const { frameId } = (await uploaded.json()) as { frameId: string };
    const taken = await t.host.command('selfie.take', { seatId: seat.id, frameId });
    const selfie = await mailFor(body.purchaseId, 'selfie');
    expect(selfie.subject).toBe('Your selfie with Maya Live is ready');
    const receipt = await receiptFor(tokenOf(linksIn(selfie).find((url) => url.includes('/receipt#t=')) ?? ''));
    expect(receipt.receipt?.selfies.map((s) => s.id)).toEqual([taken.selfie.id]);
    await t.host.command('seat.end', { seatId: seat.id });
  });

  it('retries a refusing server, shows the message failed after the limit, and sends it once the host retries a fixed server', async () => {
    sink.fault = 'refuse_rcpt';
    const before = sink.messages.length;
    const { purchaseId } = await buyTip('Cy', 'cy@example.com');
    const failed = await waitFor('failed', async () => (await outbox()).messages.find((m) => m.purchaseId === purchaseId && m.state === 'failed'));
    expect(failed).toMatchObject({ kind: 'receipt', attempts: 3, recipient: 'cy@example.com' });
    expect(failed.lastError).toContain('450');
    expect(t.host.events.some((e) => e.type === 'mail.message' && e.message.id === failed.id && e.message.state === 'failed' && e.failed >= 1)).toBe(true);
    expect(sink.messages.length).toBe(before);
    // The payment went through regardless.
    expect(t.host.purchase(purchaseId)?.status).toBe('paid');

    sink.fault = 'none';
    const retried = await t.host.command('mail.retry', { messageId: failed.id });
    expect(retried.messages.find((m) => m.id === failed.id)?.state).toBe('pending');
    await mailFor(purchaseId, 'receipt');
    await waitFor('sent', async () => (await outbox()).messages.find((m) => m.id === failed.id && m.state === 'sent'));
    expect(sink.messages.filter((m) => m.messageId.includes(`receipt-${purchaseId}`))).toHaveLength(1);
    await expect(t.host.client.command('mail.retry', { messageId: failed.id })).resolves.toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('gives up on a server that never answers within the timeouts, then delivers when pointed at a working one', async () => {
    const silent = await startSilentServer();
    try {
      await t.host.command('mail.settings.set', { settings: settingsFor(silent.port) });
      const test = await t.host.command('mail.test', { to: 'host@example.com' });
      expect(test).toEqual({ delivered: false, answer: `The SMTP server at 127.0.0.1:${silent.port} did not answer in time.` });
      const { purchaseId } = await buyTip('Di', 'di@example.com');
      const failed = await waitFor('failed', async () => (await outbox()).messages.find((m) => m.purchaseId === purchaseId && m.state === 'failed'), { timeoutMs: 15_000 });
      expect(failed.attempts).toBe(3);
      expect(failed.lastError).toContain('did not answer in time');
      expect(silent.connections()).toBeGreaterThanOrEqual(3);

      await t.host.command('mail.settings.set', { settings: settingsFor(sink.port) });
      const ok = await t.host.command('mail.test', { to: 'host@example.com' });
      expect(ok.delivered).toBe(true);
      expect(ok.answer).toContain('Queued as test');
      await t.host.command('mail.retry', { messageId: failed.id });
      await mailFor(purchaseId, 'receipt');
    } finally {
      await silent.close();
    }
  });

  it('answers a resend request the same for unknown and known addresses, mails fresh links to the buyer, and limits each client', async () => {
    const ask = (email: string) => fetch(`${t.studio.url}${RECEIPT_RESEND_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
    const before = sink.messages.length;
    const unknown = await ask('nobody@example.com');
    const known = await ask('Viewer@Example.com');
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(await unknown.json()).toEqual({ message: RECEIPT_RESEND_ANSWER });
    expect(await known.json()).toEqual({ message: RECEIPT_RESEND_ANSWER });
    const resent = await waitFor('resend mail', () => sink.messages.find((m) => m.messageId.includes('resend-')));
    // SMTP domains are case-blind (smtp-server lowercases them); the address is the buyer's.
    expect(resent.envelopeTo.map((a) => a.toLowerCase())).toEqual(['viewer@example.com']);
    const [link] = linksIn(resent);
    expect((await receiptFor(tokenOf(link ?? ''))).receipt?.buyerName).toBe(EVIL_NAME);
    expect(sink.messages.slice(before).filter((m) => m.envelopeTo.includes('nobody@example.com'))).toHaveLength(0);
    expect((await ask('not an address')).status).toBe(400);
    // Four a minute per client (this studio's limit): the fifth is refused before anything is looked up.
    expect((await ask('someone@example.com')).status).toBe(202);
    expect((await ask('someone-else@example.com')).status).toBe(429);
  });

  it('never lets the SMTP password out: not in logs, events or command results', async () => {
    const state = await t.host.command('mail.settings.get', {});
    expect(state).toMatchObject({ passwordSet: true, sending: true, off: null });
    expect(JSON.stringify(state)).not.toContain(PASSWORD);
    expect(JSON.stringify(await outbox())).not.toContain(PASSWORD);
    expect(JSON.stringify(t.host.events)).not.toContain(PASSWORD);
    expect(t.log.lines.join('\n')).not.toContain(PASSWORD);
    expect(t.log.lines.some((line) => line.includes('buyer email sent'))).toBe(true);
  });

  it('neither loses nor repeats a message when the studio closes with one on the wire and starts again', async () => {
    sink.hold = true;
    const bought = [await buyTip('Ed', 'ed@example.com'), await buyTip('Flo', 'flo@example.com'), await buyTip('Gus', 'gus@example.com')];
    await waitFor('a message on the wire', () => sink.held() === 1 || undefined);
    const stopping = t.stop();
    sink.release();
    sink.hold = false;
    await stopping;
    const sentBeforeRestart = sink.messages.filter((m) => bought.some((b) => m.messageId.includes(b.purchaseId))).length;
    expect(sentBeforeRestart).toBe(1);
    await t.start();
    for (const b of bought) await mailFor(b.purchaseId, 'receipt');
    await waitFor('outbox drained', async () => (await outbox()).messages.filter((m) => bought.some((b) => b.purchaseId === m.purchaseId)).every((m) => m.state === 'sent') || undefined);
    for (const b of bought) expect(sink.messages.filter((m) => m.messageId.includes(`receipt-${b.purchaseId}`))).toHaveLength(1);
  });
});

describe('buyer email with no SMTP server set', () => {
  let bare: TestStudio;
  beforeAll(async () => {
    bare = await startTestStudio({ webhooks: true });
  });
  afterAll(async () => bare?.close());

  it('queues nothing and says so in the settings', async () => {
    const state = await bare.host.command('mail.settings.get', {});
    expect(state.sending).toBe(false);
    expect(state.passwordSet).toBe(false);
    expect(state.off).toContain(MAIL_OFF_TEXT);
    const show = await bare.host.command('show.create', { title: 'Quiet', slug: 'quiet', currency: 'usd' });
    const offerId = (await bare.host.command('offer.create', { showId: show.id, offer: { kind: 'tip', title: 'Tip', minAmount: 200, maxAmount: 5000, messageMaxLength: 50 } })).id;
    await bare.host.command('show.setStatus', { showId: show.id, status: 'live' });
    const { body } = await postCheckout(bare.studio.url, { offerId, buyerName: 'Hal', amount: 300 });
    await payOnCheckoutPage(body.checkoutUrl);
    await waitFor('paid', () => bare.host.purchase(body.purchaseId)?.status === 'paid' || undefined);
    // Queued with the payment, in its transaction, or never: nothing is there.
    expect(await bare.host.command('mail.outbox', {})).toEqual({ messages: [], failed: 0 });
  });

  it('refuses settings that would send the password in the clear across the network, changing nothing', async () => {
    const refused = await bare.host.client.command('mail.settings.set', { settings: settingsFor(25, { host: 'smtp.example.com' }), password: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(!refused.ok && refused.error.details?.['settings.security']).toContain('TLS or STARTTLS');
    const noFrom = await bare.host.client.command('mail.settings.set', { settings: settingsFor(587, { security: 'starttls', host: 'smtp.example.com', fromAddress: '' }) });
    expect(!noFrom.ok && noFrom.error.details?.['settings.fromAddress']).toContain('needs the address');
    const header = await bare.host.client.command('mail.settings.set', { settings: settingsFor(587, { security: 'starttls', senderName: 'Maya\r\nBcc: all@example.com' }) });
    expect(header).toMatchObject({ ok: false, error: { details: { 'settings.senderName': 'must not contain line breaks' } } });
    expect(await bare.host.command('mail.settings.get', {})).toMatchObject({ passwordSet: false, settings: { enabled: false, host: '' } });
  });
});
