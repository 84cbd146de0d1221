import type { CommandInput } from '../../../src/shared/commands';
import type { HostDesk } from './host-desk';

/** The live show every drill runs: each kind of offer, with stock and seat limits that run out. */
export interface DrillOffers {
  showId: string;
  slug: string;
  tip: string;
  gift: string;
  merch: { id: string; variants: { id: string; stock: number }[] };
  seats: { id: string; perShow: number; perBuyer: number; questionRequired: boolean }[];
}

type OfferInput = CommandInput<'offer.create'>['offer'];

export async function createDrillShow(desk: HostDesk, options: { slug: string; merchStock?: number[]; seatsPerShow?: number[] }): Promise<DrillOffers> {
  const show = await desk.command('show.create', { title: `Drill ${options.slug}`, slug: options.slug, currency: 'usd' });
  const add = async (offer: OfferInput) => (await desk.command('offer.create', { showId: show.id, offer })).id;
  const stock = options.merchStock ?? [25, 25, 10];
  const perShow = options.seatsPerShow ?? [120, 120, 60];
  const variants = stock.map((units, i) => ({ id: `v${i}`, label: `Size ${i}`, stock: units }));
  const formats = ['qa', 'chat', 'selfie'] as const;
  const offers: DrillOffers = {
    showId: show.id,
    slug: show.slug,
    tip: await add({ kind: 'tip', title: 'Tip jar', minAmount: 100, maxAmount: 100_000, messageMaxLength: 200, holdMessagesForReview: true }),
    gift: await add({ kind: 'gift', title: 'Rocket', price: 500, animation: 'rocket', messageMaxLength: 120, holdMessagesForReview: false }),
    merch: {
      id: await add({ kind: 'merch', title: 'Tour shirt', price: 2500, variants, shippingCountries: ['US', 'GB'] }),
      variants: variants.map(({ id, stock: s }) => ({ id, stock: s })),
    },
    seats: [],
  };
  for (const [i, format] of formats.entries()) {
    const seat = { perShow: perShow[i] ?? 50, perBuyer: i === 0 ? 2 : 1, questionRequired: format === 'qa' };
    const id = await add({ kind: 'hotseat', title: `Hot seat ${format}`, format, price: 1000 + i * 1000, minutes: 3, ...seat });
    offers.seats.push({ id, ...seat });
  }
  await desk.command('show.setStatus', { showId: show.id, status: 'live' });
  return offers;
}
