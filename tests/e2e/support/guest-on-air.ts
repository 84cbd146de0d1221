import type { Browser, Page } from 'playwright-core';
import type { HostClient } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/**
 * The host invites a guest by link; the guest joins from their own browser context (its fake camera),
 * the studio receives their media, and the host puts them backstage and then on air.
 */
export async function inviteGuestOnAir(
  host: HostClient,
  browser: Browser,
  name: string,
  options: { minutes?: number; viewport?: { width: number; height: number }; mediaTimeoutMs?: number } = {},
): Promise<{ seatId: string; guestPage: Page }> {
  const { seat, joinUrl } = await host.command('guests.invite', { name, minutes: options.minutes ?? 10 });
  const guestPage = await (await browser.newContext({ viewport: options.viewport ?? { width: 1000, height: 800 } })).newPage();
  await guestPage.goto(joinUrl);
  await guestPage.getByLabel('Your name on screen').fill(name);
  await guestPage.getByRole('button', { name: 'Join the green room' }).click();
  await guestPage.getByText('You’re in the green room').waitFor();
  await waitFor(`${name}'s media at the studio`, async () => (await host.command('seats.list', {})).seats.find((s) => s.id === seat.id)?.mediaOk, {
    timeoutMs: options.mediaTimeoutMs ?? 30_000,
  });
  await host.command('seat.backstage', { seatId: seat.id });
  await host.command('seat.live', { seatId: seat.id });
  await guestPage.getByText('You’re ON AIR').waitFor();
  return { seatId: seat.id, guestPage };
}
