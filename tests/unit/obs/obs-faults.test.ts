import { describe, expect, it } from 'vitest';
import { waitFor } from '../../support/wait-for';
import { connected, driverFor, fakeObs, PASSWORD } from './driver-fixture';

/**
 * OBS misbehaving in the ways a real one can, against the fake obs-websocket server (real OBS can
 * not be made slow or cut a socket mid-request on cue): the host is told what is wrong in words,
 * commands fail fast with a clear error instead of hanging, the driver recovers by itself, and the
 * Hotseat scene is never duplicated.
 */
const sceneIsSingle = (obs: Awaited<ReturnType<typeof fakeObs>>) =>
  obs.state.scenes.filter((s) => s === 'Hotseat').length === 1 && obs.itemsOf('Hotseat').join() === 'Hotseat program';

describe('OBS faults', () => {
  it('slow answers: "OBS is slow to answer", commands time out with a clear error, and it clears when OBS is fast again', async () => {
    const obs = await fakeObs();
    const { driver, configure, statuses } = driverFor(obs.url, {}, { statsEveryMs: 1_000, requestTimeoutMs: 300, outputSettleMs: 500 });
    await configure();
    await connected(driver);

    obs.replyDelayMs = 700; // every answer comes, but after the driver's timeout
    const slow = await waitFor('slow shown', () => driver.status().problem?.code === 'slow' && driver.status());
    expect(slow.connection).toBe('connected');
    expect(slow.problem?.message).toMatch(/^OBS is slow to answer: no reply to Get\w+ within 0\.3 s/);

    const started = Date.now();
    const refused = await driver.setOutput({ output: 'record', action: 'start' });
    const tookMs = Date.now() - started;
    expect(!refused.ok && refused.error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/^OBS is slow to answer: it did not start recording within 0\.5 s \(StartRecord\)/) as unknown });
    expect(tookMs).toBeLessThan(2_000);

    obs.replyDelayMs = 0;
    await waitFor('slow cleared', () => driver.status().connection === 'connected' && driver.status().problem === null);
    expect(sceneIsSingle(obs)).toBe(true);
    // The record request did act in OBS (only its answer was late): the status tells the truth.
    await waitFor('recording seen', () => driver.status().recording.active);
    const stopped = await driver.setOutput({ output: 'record', action: 'stop' });
    expect(stopped.ok).toBe(true);
    expect(statuses.some((s) => s.problem?.code === 'slow' && s.connection === 'connected')).toBe(true);
  });

  it('an OBS that stays too slow counts as lost: reconnects (setup requests time out too) and sets up once, without duplicates, when fast again', async () => {
    const obs = await fakeObs();
    const { driver, configure } = driverFor(obs.url, {}, { statsEveryMs: 50, requestTimeoutMs: 200 });
    await configure();
    await connected(driver);
    const accepted = obs.accepted;

    obs.replyDelayMs = 400;
    const lost = await waitFor('lost after misses', () => driver.status().connection === 'reconnecting' && driver.status());
    expect(lost.problem?.code).toBe('lost');
    // Reconnects run the setup against the slow OBS: its creates act even though the answers are late.
    await waitFor('setup tried while slow', () => obs.accepted >= accepted + 2);
    obs.replyDelayMs = 0;
    await connected(driver);
    expect(sceneIsSingle(obs)).toBe(true);
    expect([...obs.state.inputs.keys()].filter((name) => name.startsWith('Hotseat'))).toEqual(['Hotseat program']);
  });

  it('OBS closing the socket mid-request: the command fails at once with a clear error, the driver reconnects, the scene stays single', async () => {
    const obs = await fakeObs();
    const { driver, configure } = driverFor(obs.url, {}, { requestTimeoutMs: 5_000, outputSettleMs: 5_000 });
    await configure();
    await connected(driver);

    obs.faults.set('StartStream', 'close');
    const started = Date.now();
    const refused = await driver.setOutput({ output: 'stream', action: 'start' });
    expect(Date.now() - started).toBeLessThan(2_000); // not the 5 s timeout: the close ends the wait
    expect(!refused.ok && refused.error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/^OBS could not start streaming: /) as unknown });
    await waitFor('loss seen', () => driver.status().connection !== 'connected');
    obs.faults.delete('StartStream');
    await connected(driver);
    expect(sceneIsSingle(obs)).toBe(true);
    const again = await driver.setOutput({ output: 'stream', action: 'start' });
    expect(again.ok && again.value.streaming.active).toBe(true);
  });

  it('a wrong password: one attempt, a clear message, no retry storm; fixed in settings, it connects without a restart', async () => {
    const obs = await fakeObs();
    const { driver, configure, log } = driverFor(obs.url, {}, { firstRetryMs: 10, maxRetryMs: 20 });
    await configure({ password: 'wrong-one' });
    await waitFor('failed', () => driver.status().connection === 'failed');
    // Even with 10 ms retries configured, nothing knocks again until the host changes something.
    const before = obs.accepted;
    const quietUntil = Date.now() + 500; // 25 retry delays' worth
    await waitFor('half a second of quiet', () => Date.now() > quietUntil || obs.accepted > before);
    expect(obs.accepted).toBe(before);
    expect(before).toBe(1);
    expect(driver.status().problem?.message).toMatch(/refused the password.*Settings → OBS/);

    // The creator changes the password in OBS while connected: OBS cuts, the reconnect is refused.
    await configure({ password: PASSWORD });
    await connected(driver);
    obs.password = 'changed-in-obs';
    await obs.stop();
    await obs.start();
    const refused = await waitFor('refused after the change', () => driver.status().connection === 'failed' && driver.status());
    expect(refused.problem?.code).toBe('wrong_password');
    const afterChange = obs.accepted;
    await configure({ password: 'changed-in-obs' });
    await connected(driver);
    expect(obs.accepted).toBe(afterChange + 1);
    expect(sceneIsSingle(obs)).toBe(true);
    expect(log.lines.join('\n')).not.toMatch(/wrong-one|changed-in-obs/);
  });
});
