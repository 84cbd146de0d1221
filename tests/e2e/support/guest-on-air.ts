import type { Browser, Page } from 'playwright-core';
import type { HostClient } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

interface GuestOptions {
  minutes?: number;
  viewport?: { width: number; height: number };
  mediaTimeoutMs?: number;
  /** Runs in the guest's page before any of its scripts (e.g. a peer-connection tracker). */
  initScript?: string;
}

/**
 * The host invites a guest by link; the guest joins the green room from their own browser context
 * (its fake camera) and the studio's peer connection to them is up (sound and control; their video
 * only if the core keeps their picture live).
 */
export async function inviteGuestToGreenRoom(host: HostClient, browser: Browser, name: string, options: GuestOptions = {}): Promise<{ seatId: string; guestPage: Page }> {
  const { seat, joinUrl } = await host.command('guests.invite', { name, minutes: options.minutes ?? 10 });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1000, height: 800 } });
  if (options.initScript) await context.addInitScript(options.initScript);
  const guestPage = await context.newPage();
  await guestPage.goto(joinUrl);
  await guestPage.getByLabel('Your name on screen').fill(name);
  await guestPage.getByRole('button', { name: 'Join the green room' }).click();
  await guestPage.getByText('You’re in the green room').waitFor();
  await waitFor(`${name}'s media at the studio`, async () => (await host.command('seats.list', {})).seats.find((s) => s.id === seat.id)?.mediaOk, {
    timeoutMs: options.mediaTimeoutMs ?? 30_000,
  });
  return { seatId: seat.id, guestPage };
}

/** As inviteGuestToGreenRoom, then the host puts them backstage and on air. */
export async function inviteGuestOnAir(host: HostClient, browser: Browser, name: string, options: GuestOptions = {}): Promise<{ seatId: string; guestPage: Page }> {
  const { seatId, guestPage } = await inviteGuestToGreenRoom(host, browser, name, options);
  await host.command('seat.backstage', { seatId });
  await host.command('seat.live', { seatId });
  await guestPage.getByText('You’re ON AIR').waitFor();
  return { seatId, guestPage };
}
