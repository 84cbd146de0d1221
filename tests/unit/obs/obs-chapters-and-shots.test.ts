import { afterEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../../../src/main/core/bus';
import { memoryLogger } from '../../../src/main/core/log';
import { createObsDriver } from '../../../src/main/core/obs/obs-driver';
import { createObsSettingsStore } from '../../../src/main/core/obs/obs-settings';
import { chapterName, followSeatsWithChapters } from '../../../src/main/core/obs/seat-chapters';
import { memorySecretStore } from '../../../src/main/core/secrets';
import type { SettingsRepo } from '../../../src/main/core/store/settings-repo';
import type { Seat } from '../../../src/shared/guests';
import { CHAPTERS_NEED } from '../../../src/shared/obs';
import { FakeObs, type FakeObsOptions } from '../../support/fake-obs';
import { decodePng } from '../../support/png';
import { seat as seatFixture } from '../renderer/fixtures';
import { waitFor } from '../../support/wait-for';

/** Chapter markers at each hot seat (OBS 30.2+ only) and full-size program screenshots, against the fake obs-websocket server. */
const URLS = { page: () => 'http://127.0.0.1:1/program', stream: () => 'http://127.0.0.1:1/program/live.webm', overlay: () => 'http://127.0.0.1:1/overlay' };

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function memorySettings(): SettingsRepo {
  const values = new Map<string, string>();
  return { get: (k) => values.get(k) ?? null, set: (k, v) => void values.set(k, v), delete: (k) => void values.delete(k) };
}

async function connectedDriver(options: FakeObsOptions) {
  const obs = new FakeObs({ password: null, ...options });
  await obs.start();
  cleanup.push(() => obs.stop());
  const log = memoryLogger();
  const driver = createObsDriver({
    settings: createObsSettingsStore(memorySettings(), memorySecretStore()),
    urls: URLS,
    log,
    onStatus: () => undefined,
    tuning: { firstRetryMs: 30, maxRetryMs: 200, statsEveryMs: 50, requestTimeoutMs: 400, connectTimeoutMs: 1_000, outputSettleMs: 2_000 },
  });
  cleanup.push(() => driver.close());
  await driver.configure({ enabled: true, address: obs.url, programPath: 'auto', password: null });
  await waitFor('connected', () => driver.status().connection === 'connected' || undefined);
  return { obs, driver, log };
}

function seat(stage: Seat['stage'], guestName = 'Maya'): Seat {
  return seatFixture(stage, { guestName });
}

describe('recording chapter markers', () => {
  it('adds "Hot seat — <name>" when a seat goes on air during a recording, on OBS 30.2+', async () => {
    const { obs, driver } = await connectedDriver({ chapters: true });
    expect(driver.status().chapters).toMatchObject({ supported: true, problem: null });
    const bus = createEventBus();
    cleanup.push(followSeatsWithChapters({ bus, obs: driver, log: memoryLogger(), seatsNow: () => [seat('backstage')] }));

    // Not recording: nothing to mark.
    bus.publish({ type: 'seat.upserted', seat: seat('live') });
    expect(await driver.addChapter('x')).toEqual({ ok: true, value: { added: false, reason: 'OBS is not recording' } });
    bus.publish({ type: 'seat.upserted', seat: seat('backstage') });

    expect((await driver.setOutput({ output: 'record', action: 'start' })).ok).toBe(true);
    bus.publish({ type: 'seat.upserted', seat: seat('live') });
    await waitFor('the marker in OBS', () => obs.state.chapters.length === 1 || undefined);
    expect(obs.state.chapters).toEqual(['Hot seat — Maya']);
    // Another update of the same live seat (presence, clock) adds nothing; going live again after backstage does.
    bus.publish({ type: 'seat.upserted', seat: { ...seat('live'), mediaOk: false } });
    bus.publish({ type: 'seat.upserted', seat: seat('backstage') });
    bus.publish({ type: 'seat.upserted', seat: { ...seat('live', 'Omar'), id: 'seat_bbbbbbbb01' } });
    await waitFor('the second marker', () => obs.state.chapters.length === 2 || undefined);
    expect(obs.state.chapters).toEqual(['Hot seat — Maya', 'Hot seat — Omar']);
    await waitFor('the status names the last marker', () => driver.status().chapters.last?.name === 'Hot seat — Omar' || undefined);
  });

  it('skips cleanly on an OBS without chapter markers (29.x), and the status says what is needed', async () => {
    const { obs, driver } = await connectedDriver({});
    expect(driver.status().chapters).toEqual({ supported: false, last: null, problem: null, problemReason: null });
    expect(CHAPTERS_NEED).toMatch(/OBS 30\.2/);
    expect((await driver.setOutput({ output: 'record', action: 'start' })).ok).toBe(true);
    expect(await driver.addChapter('Hot seat — Maya')).toEqual({ ok: true, value: { added: false, reason: CHAPTERS_NEED } });
    // The request is never sent to an OBS that does not list it.
    expect(obs.requests).not.toContain('CreateRecordChapter');
  });

  it('reports OBS refusing a marker (e.g. a recording format without chapters) in the status', async () => {
    const { obs, driver } = await connectedDriver({ chapters: true });
    expect((await driver.setOutput({ output: 'record', action: 'start' })).ok).toBe(true);
    obs.faults.set('CreateRecordChapter', { code: 702, comment: 'Chapters are not supported by the current recording output.' });
    const refused = await driver.addChapter('Hot seat — Maya');
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/Hybrid MP4/) as unknown } });
    expect(driver.status().chapters.problem).toMatch(/not supported by the current recording output/);
  });

  it('names the chapter after the guest, bounded', () => {
    expect(chapterName('  Maya  ')).toBe('Hot seat — Maya');
    expect(chapterName('')).toBe('Hot seat');
    expect([...chapterName('x'.repeat(200))].length).toBe('Hot seat — '.length + 60);
  });
});

describe('program screenshots', () => {
  it('takes the program input at the full OBS canvas size', async () => {
    const { driver } = await connectedDriver({ baseSize: { width: 1280, height: 720 } });
    const shot = await driver.programShot('png');
    if (!shot.ok) throw new Error(shot.error.message);
    expect(shot.value).toMatchObject({ width: 1280, height: 720, path: 'media' });
    const png = decodePng(Buffer.from(shot.value.dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
    expect([png.width, png.height]).toEqual([1280, 720]);
    expect(png.pixel(640, 360)).toEqual([30, 200, 90]);
  });

  it('fails with a message when OBS cannot take it, and when OBS is not connected', async () => {
    const { obs, driver } = await connectedDriver({});
    obs.faults.set('GetSourceScreenshot', { code: 702, comment: 'Failed to render screenshot.' });
    expect(await driver.programShot('jpg')).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/Failed to render screenshot/) as unknown } });
    await driver.configure({ enabled: false, address: obs.url, programPath: 'auto' });
    expect(await driver.programShot('png')).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
