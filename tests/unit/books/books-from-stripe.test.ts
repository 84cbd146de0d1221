import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import type { CommandInput } from '../../../src/shared/commands';
import { payOnCheckoutPage, postCheckout, startTestStudio, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/**
 * The books against the rehearsal server's balance transactions, over real HTTP and real
 * stripe-node: fees are the server's, refunds made in the dashboard and disputes opened by the
 * buyer's bank arrive by webhook (duplicated and out of order) and are counted once.
 */
let t: TestStudio;
let showId: string;
const offers: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestStudio({ webhooks: true });
  const show = await t.host.command('show.create', { title: 'Books night', slug: 'books-night', currency: 'usd' });
  showId = show.id;
  const add = async (key: string, offer: CommandInput<'offer.create'>['offer']) => (offers[key] = (await t.host.command('offer.create', { showId, offer })).id);
  await add('tip', { kind: 'tip', title: 'Tip jar', minAmount: 100, maxAmount: 50_000, messageMaxLength: 140, holdMessagesForReview: false });
  await add('gift', { kind: 'gift', title: 'Rocket', price: 900, animation: 'rocket', holdMessagesForReview: false });
  await t.host.command('show.setStatus', { showId, status: 'live' });
  t.stripeServer.faults.duplicateWebhooks(true);
  t.stripeServer.faults.reorderWebhooks(true);
});
afterAll(() => t?.close());

async function buy(order: Record<string, unknown>, card?: string): Promise<string> {
  const { status, body } = await postCheckout(t.studio.url, { buyerName: 'Ada', ...order });
  expect(status).toBe(201);
  expect((await payOnCheckoutPage(body.checkoutUrl, card ? { card } : {})).status).toBe(303);
  await waitFor('paid', () => t.host.purchase(body.purchaseId)?.status === 'paid');
  return body.purchaseId;
}

async function chargeOf(purchaseId: string): Promise<Stripe.Charge> {
  const session = (await t.stripe.checkout.sessions.list({ limit: 100 })).data.find((s) => s.client_reference_id === purchaseId);
  const intent = await t.stripe.paymentIntents.retrieve(session?.payment_intent as string, { expand: ['latest_charge.balance_transaction'] });
  return intent.latest_charge as Stripe.Charge;
}

const summary = () => t.host.command('books.summary', { range: { scope: 'show', showId } });

describe('books from Stripe’s own balance transactions', () => {
  it('takes the fee and net of every charge from Stripe', async () => {
    const tip = await buy({ offerId: offers.tip, amount: 2000 });
    const gift = await buy({ offerId: offers.gift });
    const txns = await Promise.all([tip, gift].map(async (id) => (await chargeOf(id)).balance_transaction as Stripe.BalanceTransaction));
    const usd = await waitFor('both charges in the books', async () => {
      const s = await summary();
      return s.currencies[0]?.gross === 2900 ? s.currencies[0] : undefined;
    });
    expect(usd.fees).toBe(txns[0]!.fee + txns[1]!.fee);
    expect(usd.net).toBe(txns[0]!.net + txns[1]!.net);
    expect(usd.fees).toBeGreaterThan(0);
  });

  it('counts a refund made in the Stripe dashboard once, though its events arrive twice and out of order', async () => {
    const tip = await buy({ offerId: offers.tip, amount: 1000 });
    const before = (await summary()).currencies[0]!;
    const charge = await chargeOf(tip);
    await t.stripeServer.dashboard.refund({ charge: charge.id, amount: 400 });
    await waitFor('refund recorded', async () => ((await summary()).currencies[0]?.refunds ?? 0) - before.refunds === 400);
    expect(t.host.purchase(tip)?.status).toBe('refunded');
    const after = (await summary()).currencies[0]!;
    // The tip's charge was in the books already (recorded with its payment); only the refund is new.
    expect(after.net).toBe(before.net - 400);
    expect(after.gross).toBe(before.gross);
    expect(after.net).toBe(after.gross - after.fees - after.refunds - after.disputes);
  });

  it('follows a dispute from the bank to its loss: amount and dispute fee withdrawn, the host told', async () => {
    const gift = await buy({ offerId: offers.gift }, '4000000000000259');
    const disputed = await waitFor('dispute on the purchase', () => t.host.purchase(gift)?.dispute ?? undefined);
    expect(disputed).toMatchObject({ status: 'needs_response', reason: 'fraudulent', amount: 900, currency: 'usd', respondBy: expect.any(String) as unknown });
    expect(t.host.events.some((e) => e.type === 'audit.appended' && e.entry.purchaseId === gift && /dispute opened \(fraudulent\)/.test(e.entry.detail))).toBe(true);
    const s = await summary();
    expect(s.counts).toMatchObject({ disputed: 1, disputesOpen: 1 });
    const withdrawn = s.currencies[0]!.disputes;
    expect(withdrawn).toBeGreaterThan(900); // the amount and Stripe's dispute fee

    await t.stripe.disputes.close(disputed.id);
    await waitFor('dispute lost', () => t.host.purchase(gift)?.dispute?.status === 'lost');
    const closed = await summary();
    expect(closed.counts.disputesOpen).toBe(0);
    expect(closed.currencies[0]!.disputes).toBe(withdrawn);
  });

  it('gives back the disputed amount (not the fee) when the dispute is won', async () => {
    const tip = await buy({ offerId: offers.tip, amount: 3000 });
    const before = (await summary()).currencies[0]!.disputes;
    const dispute = await t.stripeServer.dashboard.dispute({ charge: (await chargeOf(tip)).id });
    await waitFor('dispute seen', () => t.host.purchase(tip)?.dispute?.status === 'needs_response');
    const open = (await summary()).currencies[0]!.disputes - before;
    await t.stripe.disputes.update(dispute.id, { evidence: { uncategorized_text: 'winning_evidence' }, submit: true });
    await waitFor('dispute won', () => t.host.purchase(tip)?.dispute?.status === 'won');
    const won = (await waitFor('reinstated', async () => {
      const d = (await summary()).currencies[0]!.disputes - before;
      return d < open ? d : undefined;
    }));
    expect(open - won).toBe(3000);
  });

  it('ignores a dispute on a charge that is not one of ours, changing nothing', async () => {
    const before = JSON.stringify(await summary());
    const session = await t.stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 500, product_data: { name: 'Another app' } } }],
      success_url: 'https://other.test/ok',
      cancel_url: 'https://other.test/cancel',
    });
    expect((await payOnCheckoutPage(session.url ?? '')).status).toBe(303);
    const paid = await t.stripe.checkout.sessions.retrieve(session.id);
    await t.stripeServer.dashboard.dispute({ paymentIntent: paid.payment_intent as string });
    await waitFor('foreign dispute read and ignored', () => t.log.lines.some((line) => line.includes('not a Hotseat purchase: ignored') && line.includes('charge.dispute.created')));
    expect(JSON.stringify(await summary())).toBe(before);
  });

  it('alerts the host to a dispute that comes after the show ended, also on a fresh snapshot, until it is answered', async () => {
    const tip = await buy({ offerId: offers.tip, amount: 1200 });
    await t.host.command('show.setStatus', { showId, status: 'ended' });
    const dispute = await t.stripeServer.dashboard.dispute({ charge: (await chargeOf(tip)).id });
    await waitFor('dispute seen', () => t.host.purchase(tip)?.dispute?.status === 'needs_response');
    // A reconnect (or a restart) reads the snapshot: the ended show's purchases are not in it, the dispute is.
    const snapshot = await t.host.command('studio.snapshot', {});
    expect(snapshot.purchases.some((p) => p.id === tip)).toBe(false);
    expect(snapshot.disputes.map((p) => [p.id, p.dispute?.id])).toContainEqual([tip, dispute.id]);

    await t.stripe.disputes.update(dispute.id, { evidence: { uncategorized_text: 'winning_evidence' }, submit: true });
    await waitFor('dispute answered', () => t.host.purchase(tip)?.dispute?.status !== 'needs_response');
    expect((await t.host.command('studio.snapshot', {})).disputes.some((p) => p.id === tip)).toBe(false);
  });
});
