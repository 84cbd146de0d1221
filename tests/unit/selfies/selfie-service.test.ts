import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { memoryLogger } from '../../../src/main/core/log';
import { createObsDriver, type ObsDriver } from '../../../src/main/core/obs/obs-driver';
import { createObsSettingsStore } from '../../../src/main/core/obs/obs-settings';
import { memorySecretStore } from '../../../src/main/core/secrets';
import { createFrameStash, type FrameStash } from '../../../src/main/core/selfies/frame-stash';
import { createSelfieService, type SelfieService } from '../../../src/main/core/selfies/selfie-service';
import { repositories } from '../../../src/main/core/store/repositories';
import { receiptView } from '../../../src/main/core/queue/receipt-view';
import { SELFIES_PER_SEAT } from '../../../src/shared/selfies';
import { FakeObs, type FakeObsOptions } from '../../support/fake-obs';
import { decodePng, solidPng } from '../../support/png';
import { waitFor } from '../../support/wait-for';
import { seatStudio, type SeatStudio } from '../guests/seat-fixture';
import { HOST, value } from '../queue/services-fixture';

/**
 * The selfie service over real SQLite and files, with the real OBS driver talking to the fake
 * obs-websocket server: the shot comes from OBS's GetSourceScreenshot of the program input at
 * full canvas size, or from the studio page's frame when OBS is absent or fails (and says so).
 */
let s: SeatStudio;
let frames: FrameStash;
const cleanup: (() => Promise<void> | void)[] = [];

beforeEach(() => {
  s = seatStudio();
  frames = createFrameStash();
});
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
  s.cleanup();
});

async function obsDriver(options: FakeObsOptions | null): Promise<{ driver: ObsDriver; obs: FakeObs | null }> {
  const driver = createObsDriver({
    settings: createObsSettingsStore(memorySettings(), memorySecretStore()),
    urls: { page: () => 'http://127.0.0.1:1/p', stream: () => 'http://127.0.0.1:1/s', overlay: () => 'http://127.0.0.1:1/o' },
    log: memoryLogger(),
    onStatus: () => undefined,
    tuning: { requestTimeoutMs: 1_000, connectTimeoutMs: 1_000, statsEveryMs: 1_000 },
  });
  cleanup.push(() => driver.close());
  if (!options) return { driver, obs: null };
  const obs = new FakeObs({ password: null, ...options });
  await obs.start();
  cleanup.push(() => obs.stop());
  await driver.configure({ enabled: true, address: obs.url, programPath: 'auto', password: null });
  await waitFor('OBS connected', () => driver.status().connection === 'connected' || undefined);
  return { driver, obs };
}

function memorySettings() {
  const values = new Map<string, string>();
  return { get: (k: string) => values.get(k) ?? null, set: (k: string, v: string) => void values.set(k, v), delete: (k: string) => void values.delete(k) };
}

function service(driver: ObsDriver): SelfieService {
  return createSelfieService({ db: s.temp.db, bus: s.bus, log: memoryLogger(), dataDir: s.temp.dir, frames, obs: driver, obsDelayMs: { browser: 0, media: 0 } });
}

function selfieSeatOnAir(name = 'Ada') {
  const offer = value(s.catalog.createOffer(s.live.show.id, { kind: 'hotseat', title: 'Selfie with me', format: 'selfie', price: 1500, minutes: 2, perShow: 10, perBuyer: 5 }, HOST));
  const seat = s.acceptedSeat(name, offer.id);
  value(s.seats.enter(seat.seatId, `conn-${name}`, null));
  value(s.seats.command(seat.seatId, 'live', HOST));
  return seat;
}

const studioFrame = () => frames.put(solidPng(1280, 720, [255, 0, 255]));
const selfieDir = () => join(s.temp.dir, 'selfies');

describe('selfie service', () => {
  it('takes the shot from OBS at full canvas size, stores file and row, tells the host and the receipt', async () => {
    const { driver, obs } = await obsDriver({ baseSize: { width: 1920, height: 1080 } });
    const selfies = service(driver);
    const seat = selfieSeatOnAir();
    const taken = value(await selfies.take(seat.seatId, studioFrame(), HOST));

    expect(taken.notice).toBeNull();
    expect(taken.selfie).toMatchObject({ purchaseId: seat.purchase.id, seatId: seat.seatId, source: 'obs', contentType: 'image/png', width: 1920, height: 1080, guestName: 'Ada' });
    expect(obs?.requests).toContain('GetSourceScreenshot');
    const files = readdirSync(selfieDir());
    expect(files).toEqual([`${taken.selfie.id}.png`]);
    const picture = selfies.fileForPurchase(seat.purchase.id, taken.selfie.id);
    expect(picture?.contentType).toBe('image/png');
    expect(picture?.downloadName).toBe('hotseat-selfie-friday-qa-1.png');
    expect(decodePng(picture?.bytes ?? Buffer.alloc(0)).pixel(960, 540)).toEqual([30, 200, 90]);
    expect(readFileSync(join(selfieDir(), files[0] ?? '')).equals(picture?.bytes ?? Buffer.alloc(0))).toBe(true);

    expect(s.events).toContainEqual({ type: 'selfies.updated', purchaseId: seat.purchase.id, selfies: [taken.selfie] });
    expect(s.events.some((e) => e.type === 'audit.appended' && e.entry.action === 'selfie.taken' && e.entry.detail.includes('from OBS'))).toBe(true);
    const receipt = value(receiptView(repositories(s.temp.db), seat.receiptToken));
    expect(receipt.selfies).toEqual([{ id: taken.selfie.id, contentType: 'image/png', bytes: taken.selfie.bytes, width: 1920, height: 1080, takenAt: taken.selfie.takenAt }]);
  });

  it("falls back to the studio's frame when OBS's screenshot fails, and says so", async () => {
    const { driver, obs } = await obsDriver({});
    obs?.faults.set('GetSourceScreenshot', { code: 702, comment: 'Failed to render screenshot.' });
    const selfies = service(driver);
    const seat = selfieSeatOnAir();
    const taken = value(await selfies.take(seat.seatId, studioFrame(), HOST));
    expect(taken.selfie).toMatchObject({ source: 'studio', width: 1280, height: 720 });
    expect(taken.notice).toMatch(/OBS could not take the shot \(.*Failed to render screenshot.*\), so the studio's own program frame was saved instead/);
    // Without a studio frame there is nothing to keep: a clear refusal, nothing stored.
    const refused = await selfies.take(seat.seatId, null, HOST);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/Failed to render screenshot/) as unknown } });
    expect(selfies.forPurchase(seat.purchase.id)).toHaveLength(1);
  });

  it('refuses an OBS picture that is too big or not a picture, keeping the studio frame instead', async () => {
    const huge = `data:image/png;base64,${Buffer.concat([solidPng(8, 8, [0, 0, 0]), Buffer.alloc(11 * 1024 * 1024)]).toString('base64')}`;
    const { driver } = await obsDriver({ screenshot: () => huge });
    const selfies = service(driver);
    const seat = selfieSeatOnAir();
    const taken = value(await selfies.take(seat.seatId, studioFrame(), HOST));
    expect(taken.selfie.source).toBe('studio');
    expect(taken.notice).toMatch(/larger than 10 MB/);
  });

  it("uses the studio's frame when OBS is not connected, without a warning", async () => {
    const { driver } = await obsDriver(null);
    const selfies = service(driver);
    const seat = selfieSeatOnAir();
    const taken = value(await selfies.take(seat.seatId, studioFrame(), HOST));
    expect(taken).toMatchObject({ notice: null, selfie: { source: 'studio', contentType: 'image/png', width: 1280, height: 720 } });
    expect(await selfies.take(seat.seatId, null, HOST)).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/OBS is not connected/) as unknown } });
    // A frame is used once.
    const frameId = studioFrame();
    value(await selfies.take(seat.seatId, frameId, HOST));
    expect(await selfies.take(seat.seatId, frameId, HOST)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('tells the guest on a selfie seat on air when the shot happens, and refuses what a shot would refuse', async () => {
    const { driver } = await obsDriver(null);
    const selfies = service(driver);
    const seat = selfieSeatOnAir('Ada');
    expect(selfies.announce(seat.seatId, 3_000)).toEqual({ ok: true, value: {} });
    expect(s.events.filter((e) => e.type === 'guest.selfie')).toEqual([{ type: 'guest.selfie', seatId: seat.seatId, inMs: 3_000 }]);
    const qa = s.acceptedSeat('Quinn');
    expect(selfies.announce(qa.seatId, 3_000)).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Quinn has no selfie seat: selfies are for guests who bought one' } });
    expect(selfies.announce('seat_nothere0001', 3_000)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    for (let i = 0; i < SELFIES_PER_SEAT; i++) value(await selfies.take(seat.seatId, studioFrame(), HOST));
    expect(selfies.announce(seat.seatId, 3_000)).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
    expect(s.events.filter((e) => e.type === 'guest.selfie')).toHaveLength(1);
  });

  it('refuses seats that are not selfie seats on air, and more than the per-seat limit', async () => {
    const { driver } = await obsDriver(null);
    const selfies = service(driver);
    const qa = s.acceptedSeat('Quinn');
    expect(await selfies.take(qa.seatId, studioFrame(), HOST)).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Quinn has no selfie seat: selfies are for guests who bought one' } });
    const invited = value(s.seats.invite({ name: 'Ivy', minutes: 2 }, HOST));
    expect(await selfies.take(invited.seat.id, studioFrame(), HOST)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const offer = value(s.catalog.createOffer(s.live.show.id, { kind: 'hotseat', title: 'Selfie', format: 'selfie', price: 1500, minutes: 2, perShow: 10, perBuyer: 5 }, HOST));
    const waiting = s.acceptedSeat('Wes', offer.id);
    expect(await selfies.take(waiting.seatId, studioFrame(), HOST)).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Wes is not on air: take the selfie while they are on the program' } });
    expect(await selfies.take('seat_nothere0001', studioFrame(), HOST)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // Not a picture at all.
    const seat = selfieSeatOnAir('Pat');
    expect(await selfies.take(seat.seatId, frames.put(Buffer.from('<svg onload=alert(1)>')), HOST)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    for (let i = 0; i < SELFIES_PER_SEAT; i++) value(await selfies.take(seat.seatId, studioFrame(), HOST));
    expect(await selfies.take(seat.seatId, studioFrame(), HOST)).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
    expect(readdirSync(selfieDir())).toHaveLength(SELFIES_PER_SEAT);
  });

  it("deletes a selfie (row and file), tells the receipt, and never hands one buyer another's", async () => {
    const { driver } = await obsDriver(null);
    const selfies = service(driver);
    const ada = selfieSeatOnAir('Ada');
    const bo = selfieSeatOnAir('Bo');
    const first = value(await selfies.take(ada.seatId, studioFrame(), HOST)).selfie;
    const second = value(await selfies.take(ada.seatId, studioFrame(), HOST)).selfie;
    expect(selfies.fileForPurchase(bo.purchase.id, first.id)).toBeNull();
    expect(selfies.fileForPurchase(ada.purchase.id, second.id)?.downloadName).toBe('hotseat-selfie-friday-qa-2.png');
    expect(selfies.list().map((x) => x.id)).toEqual([first.id, second.id]);

    value(selfies.remove(first.id, HOST));
    expect(existsSync(join(selfieDir(), `${first.id}.png`))).toBe(false);
    expect(selfies.fileForPurchase(ada.purchase.id, first.id)).toBeNull();
    expect(s.events.findLast((e) => e.type === 'selfies.updated')).toEqual({ type: 'selfies.updated', purchaseId: ada.purchase.id, selfies: [second] });
    expect(selfies.remove(first.id, HOST)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('removes files left without a record at start (a crash between writing and recording)', async () => {
    const { driver } = await obsDriver(null);
    const selfies = service(driver);
    const seat = selfieSeatOnAir();
    const kept = value(await selfies.take(seat.seatId, studioFrame(), HOST)).selfie;
    writeFileSync(join(selfieDir(), 'sfy_orphan000000001.png'), 'x');
    writeFileSync(join(selfieDir(), '.sfy_half00000000001.png.part'), 'x');
    service(driver);
    expect(readdirSync(selfieDir())).toEqual([`${kept.id}.png`]);
  });
});

describe('refusals in the page’s language', () => {
  it('words a selfie refusal and the OBS notice in French from their reasons', async () => {
    const { driver } = await obsDriver(null);
    const selfies = service(driver);
    const seat = selfieSeatOnAir('Ada');
    for (let i = 0; i < SELFIES_PER_SEAT; i++) value(await selfies.take(seat.seatId, studioFrame(), HOST));
    const full = await selfies.take(seat.seatId, studioFrame(), HOST);
    if (full.ok) throw new Error('took more selfies than a seat has');
    expect(full.error).toMatchObject({
      code: 'limit_reached',
      message: `Ada already has ${SELFIES_PER_SEAT} selfies: delete one to take another`,
      reason: { id: 'error.selfie.limit', values: { guest: 'Ada', limit: SELFIES_PER_SEAT } },
    });
    expect(localizeError(full.error, 'fr').message).toBe(`Ada a déjà ${SELFIES_PER_SEAT} selfies\u00a0: supprimez-en un pour en prendre un autre`);
  });

  it('gives the OBS notice as a reason beside its English', async () => {
    const { driver, obs } = await obsDriver({});
    obs?.faults.set('GetSourceScreenshot', { code: 702, comment: 'Failed to render screenshot.' });
    const selfies = service(driver);
    const seat = selfieSeatOnAir('Ada');
    const taken = value(await selfies.take(seat.seatId, studioFrame(), HOST));
    expect(taken.noticeReason?.id).toBe('error.selfie.obsFailedFrameKept');
    expect(taken.notice).toMatch(/^OBS could not take the shot \(.*\), so the studio's own program frame was saved instead\.$/);
    const french = localizeError({ code: 'unavailable', message: taken.notice ?? '', ...(taken.noticeReason ? { reason: taken.noticeReason } : {}) }, 'fr');
    expect(french.message).toMatch(/^OBS n’a pas pu prendre la photo \(.*\)\u202f; l’image du programme envoyée par le studio a donc été enregistrée à la place\.$/);
  });
});
