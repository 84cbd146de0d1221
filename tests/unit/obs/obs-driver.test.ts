import { describe, expect, it } from 'vitest';
import { FakeObs } from '../../support/fake-obs';
import { waitFor } from '../../support/wait-for';
import { cleanup, connected, driverFor, fakeObs, PASSWORD, URLS } from './driver-fixture';

describe('OBS driver against a fake obs-websocket server', () => {
  it('connects with the password and sets up the Hotseat scene on the media path without touching other scenes', async () => {
    const obs = await fakeObs();
    const { driver, log, statuses, configure } = driverFor(obs.url);
    await configure();
    const status = await connected(driver);

    expect(status).toMatchObject({ programPath: 'media', sceneReady: true, obsVersion: '29.0.2', websocketVersion: '5.1.0', problem: null });
    expect(obs.state.scenes).toEqual(['Scene', 'Be right back', 'Hotseat']);
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat program']);
    expect(obs.itemsOf('Scene')).toEqual(['Webcam']);
    const program = obs.state.inputs.get('Hotseat program');
    expect(program?.inputKind).toBe('ffmpeg_source');
    expect(program?.inputSettings).toMatchObject({ is_local_file: false, input: URLS.stream() });
    expect(obs.state.items.get('Hotseat')?.[0]?.transform).toMatchObject({ boundsType: 'OBS_BOUNDS_SCALE_INNER', boundsWidth: 1920, boundsHeight: 1080 });

    // Live numbers arrive without asking.
    const withStats = await waitFor('stats', () => driver.status().stats);
    expect(withStats).toMatchObject({ activeFps: 30, availableDiskSpaceMb: 51_200, renderSkippedFrames: 1, outputSkippedFrames: 2 });
    expect(driver.status().scenes).toEqual(['Scene', 'Be right back', 'Hotseat']);
    expect(driver.status().currentScene).toBe('Scene');

    // The password is a secret: never in the status, an event or the log.
    expect(driver.status().settings).toEqual({ enabled: true, address: obs.url, programPath: 'auto', passwordSet: true });
    expect(JSON.stringify(statuses)).not.toContain(PASSWORD);
    expect(log.lines.join('\n')).not.toContain(PASSWORD);
  });

  it('uses the program page where OBS has a browser source, with the alert overlay above it, and follows the host override', async () => {
    const obs = await fakeObs({ inputKinds: ['browser_source', 'ffmpeg_source', 'image_source'] });
    const { driver, configure } = driverFor(obs.url);
    await configure();
    await connected(driver);
    expect(driver.status()).toMatchObject({ programPath: 'browser', overlayInput: true });
    // Index 0 is the bottom of an OBS scene: the alerts are drawn over the program.
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat program', 'Hotseat alerts']);
    expect(obs.state.inputs.get('Hotseat program')).toMatchObject({ inputKind: 'browser_source', inputSettings: { url: URLS.page(), width: 1920, height: 1080 } });
    expect(obs.state.inputs.get('Hotseat alerts')).toMatchObject({
      inputKind: 'browser_source',
      inputSettings: { url: URLS.overlay(), width: 1920, height: 1080, reroute_audio: false, css: expect.stringContaining('rgba(0, 0, 0, 0)') as unknown },
    });
    const overlayItem = obs.state.items.get('Hotseat')?.find((item) => item.sourceName === 'Hotseat alerts');
    expect(overlayItem?.transform).toMatchObject({ positionX: 0, positionY: 0, boundsWidth: 1920, boundsHeight: 1080 });
    expect(obs.itemsOf('Scene')).toEqual(['Webcam']);

    // The host forces the media path: the program input is replaced; the overlay (a browser source either way) stays on top.
    await configure({ programPath: 'media' });
    await waitFor('media path', () => driver.status().connection === 'connected' && driver.status().programPath === 'media');
    expect(obs.state.inputs.get('Hotseat program')?.inputKind).toBe('ffmpeg_source');
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat program', 'Hotseat alerts']);
    expect(driver.status().overlayInput).toBe(true);
  });

  it('makes no overlay where OBS has no browser source, and takes a leftover one out of its scene so alerts never show twice', async () => {
    const obs = await fakeObs();
    // An older setup left an overlay in the Hotseat scene; the creator also uses a browser source named alike elsewhere.
    obs.state.scenes.push('Hotseat');
    obs.state.inputs.set('Hotseat alerts', { inputKind: 'browser_source', inputSettings: {} });
    obs.state.items.set('Hotseat', [{ sceneItemId: 500, sourceName: 'Hotseat alerts', transform: {} }]);
    obs.state.items.get('Be right back')?.push({ sceneItemId: 501, sourceName: 'Hotseat alerts', transform: {} });
    const { driver, configure } = driverFor(obs.url);
    await configure();
    const status = await connected(driver);
    expect(status).toMatchObject({ programPath: 'media', overlayInput: false });
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat program']);
    expect(obs.itemsOf('Be right back')).toContain('Hotseat alerts');
    // Only the program was made; the input itself stays for the creator's own scene.
    expect(obs.requests.filter((r) => r === 'CreateInput')).toHaveLength(1);
    expect(obs.state.inputs.get('Hotseat alerts')?.inputKind).toBe('browser_source');
  });

  it('restores the overlay after OBS restarts without duplicating it, and puts it back above the program when moved', async () => {
    const obs = await fakeObs({ inputKinds: ['browser_source', 'ffmpeg_source'] });
    const { driver, configure } = driverFor(obs.url);
    await configure();
    await connected(driver);
    const createsBefore = obs.requests.filter((r) => r === 'CreateInput').length;
    expect(createsBefore).toBe(2);

    // The creator drags the overlay under the program by hand, then OBS restarts.
    const list = obs.state.items.get('Hotseat') ?? [];
    list.reverse();
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat alerts', 'Hotseat program']);
    await obs.stop({ abrupt: true });
    await waitFor('loss shown', () => driver.status().connection === 'reconnecting');
    // OBS keeps showing the overlay while the studio reconnects: the alerts stay off the program meanwhile.
    expect(driver.status().overlayInput).toBe(true);
    await obs.start();
    await connected(driver);
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat program', 'Hotseat alerts']);
    expect(obs.requests.filter((r) => r === 'CreateInput').length).toBe(createsBefore);
    expect([...obs.state.inputs.keys()].filter((name) => name.startsWith('Hotseat'))).toEqual(['Hotseat program', 'Hotseat alerts']);
  });

  it('takes the overlay out when the host draws alerts into the program, and brings it back when they change their mind', async () => {
    const obs = await fakeObs({ inputKinds: ['browser_source', 'ffmpeg_source'] });
    let wanted = true;
    const { driver, configure } = driverFor(obs.url, {}, { overlayWanted: () => wanted });
    await configure();
    await connected(driver);
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat program', 'Hotseat alerts']);

    wanted = false;
    await driver.resync();
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat program']);
    expect(driver.status().overlayInput).toBe(false);

    wanted = true;
    await driver.resync();
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat program', 'Hotseat alerts']);
    expect(driver.status().overlayInput).toBe(true);
    expect(obs.itemsOf('Scene')).toEqual(['Webcam']);
  });

  it('refuses a browser-path override on an OBS without a browser source, with a message saying what to choose', async () => {
    const obs = await fakeObs();
    const { driver, configure } = driverFor(obs.url, { programPath: 'browser' });
    await configure();
    const status = await waitFor('failed', () => driver.status().connection === 'failed' && driver.status());
    expect(status.problem?.code).toBe('obs_refused');
    expect(status.problem?.message).toMatch(/no browser source.*Automatic/);
    expect(status.retryAt).toBeNull();
    expect(obs.state.scenes).not.toContain('Hotseat');
  });

  it('reports a wrong password and stops retrying until the settings change', async () => {
    const obs = await fakeObs();
    const { driver, configure, log } = driverFor(obs.url);
    await configure({ password: 'not-the-password' });
    const status = await waitFor('failed', () => driver.status().connection === 'failed' && driver.status());
    expect(status.problem).toMatchObject({ code: 'wrong_password' });
    expect(status.problem?.message).toMatch(/refused the password/);
    expect(status.retryAt).toBeNull();
    expect(log.lines.join('\n')).not.toContain('not-the-password');

    await configure({ password: PASSWORD });
    await connected(driver);
  });

  it('says a password is needed when OBS asks for one and none is set', async () => {
    const obs = await fakeObs();
    const { driver, configure } = driverFor(obs.url);
    await configure({ password: null });
    const status = await waitFor('failed', () => driver.status().connection === 'failed' && driver.status());
    expect(status.problem?.code).toBe('password_required');
    expect(status.settings.passwordSet).toBe(false);
  });

  it('connects without a password to an OBS that does not ask for one', async () => {
    const obs = await fakeObs({ password: null });
    const { driver, configure } = driverFor(obs.url);
    await configure({ password: null });
    await connected(driver);
  });

  it('recognises an OBS that is too old (obs-websocket 4 protocol, or a 5.x below the minimum)', async () => {
    const legacy = await fakeObs({ legacyProtocol: true });
    const first = driverFor(legacy.url);
    await first.configure();
    const status = await waitFor('failed', () => first.driver.status().connection === 'failed' && first.driver.status());
    expect(status.problem?.code).toBe('version_too_old');
    expect(status.problem?.message).toMatch(/OBS Studio 28 or newer/);

    const old = await fakeObs({ obsWebSocketVersion: '4.9.1' });
    const second = driverFor(old.url);
    await second.configure();
    const oldStatus = await waitFor('failed', () => second.driver.status().connection === 'failed' && second.driver.status());
    expect(oldStatus.problem?.code).toBe('version_too_old');
  });

  it('keeps trying with growing delays while OBS is not running, and connects once it starts', async () => {
    const obs = new FakeObs();
    await obs.start();
    const address = obs.url;
    await obs.stop();
    const { driver, configure, statuses } = driverFor(address);
    await configure();
    const waiting = await waitFor('retrying', () => driver.status().attempt >= 3 && driver.status());
    expect(waiting.connection).toBe('reconnecting');
    expect(waiting.problem?.code).toBe('unreachable');
    expect(waiting.problem?.message).toMatch(/not answering at ws:\/\/127\.0\.0\.1/);
    expect(waiting.retryAt).not.toBeNull();
    const delays = statuses
      .filter((s) => s.connection === 'reconnecting' && s.retryAt)
      .map((s) => Date.parse(s.retryAt ?? '') - Date.parse(s.updatedAt));
    expect(delays.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...delays)).toBeGreaterThan(Math.min(...delays));

    await obs.start();
    cleanup.push(() => obs.stop());
    await connected(driver);
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat program']);
  });

  it('reconnects by itself when OBS crashes and comes back, and restores the scene without duplicating anything', async () => {
    const obs = await fakeObs();
    const { driver, configure } = driverFor(obs.url);
    await configure();
    await connected(driver);
    const createsBefore = obs.requests.filter((r) => r === 'CreateInput' || r === 'CreateScene').length;

    await obs.stop({ abrupt: true });
    const lost = await waitFor('loss shown', () => driver.status().connection === 'reconnecting' && driver.status());
    expect(lost.problem?.code).toMatch(/lost|unreachable/);
    expect(lost.sceneReady).toBe(false);

    await obs.start();
    await connected(driver);
    expect(obs.state.scenes.filter((s) => s === 'Hotseat')).toHaveLength(1);
    expect(obs.itemsOf('Hotseat')).toEqual(['Hotseat program']);
    expect(obs.requests.filter((r) => r === 'CreateInput' || r === 'CreateScene').length).toBe(createsBefore);

    // Someone duplicated the program item by hand, and a new OBS session: the duplicate goes.
    const list = obs.state.items.get('Hotseat') ?? [];
    list.push({ sceneItemId: 999, sourceName: 'Hotseat program', transform: {} });
    await obs.stop();
    await obs.start();
    await waitFor('duplicate removed', () => driver.status().connection === 'connected' && obs.itemsOf('Hotseat').length === 1);
  });

  it('treats a malformed answer as a protocol problem and a silent OBS as lost, and recovers from both', async () => {
    const obs = await fakeObs();
    obs.faults.set('GetInputKindList', 'garbage');
    const { driver, configure } = driverFor(obs.url);
    await configure();
    const garbled = await waitFor('protocol problem', () => driver.status().problem?.code === 'protocol' && driver.status());
    expect(garbled.problem?.message).toMatch(/GetInputKindList/);
    expect(garbled.connection).toBe('reconnecting');
    obs.faults.delete('GetInputKindList');
    await connected(driver);

    obs.faults.set('GetStats', 'silence');
    const silent = await waitFor('silence noticed', () => driver.status().connection !== 'connected' && driver.status());
    expect(silent.problem?.code).toBe('lost');
    obs.faults.delete('GetStats');
    await connected(driver);
  });

  it('starts and stops recording and streaming (twice is harmless) and switches scenes', async () => {
    const obs = await fakeObs();
    const { driver, configure } = driverFor(obs.url);
    await configure();
    await connected(driver);

    const started = await driver.setOutput({ output: 'record', action: 'start' });
    expect(started.ok && started.value.recording.active).toBe(true);
    expect((await driver.setOutput({ output: 'record', action: 'start' })).ok).toBe(true);
    const stopped = await driver.setOutput({ output: 'record', action: 'stop' });
    expect(stopped.ok && stopped.value.recording).toMatchObject({ active: false, lastFile: '/home/creator/Videos/2024-01-01 20-00-00.mkv' });

    const streaming = await driver.setOutput({ output: 'stream', action: 'start' });
    expect(streaming.ok && streaming.value.streaming).toMatchObject({ active: true, congestion: 0.1 });
    await driver.setOutput({ output: 'stream', action: 'stop' });

    obs.faults.set('StartStream', { code: 203, comment: 'No stream service is set up.' });
    const refused = await driver.setOutput({ output: 'stream', action: 'start' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toMatch(/could not start streaming: No stream service/);

    const switched = await driver.switchScene('Hotseat');
    expect(switched.ok && switched.value.currentScene).toBe('Hotseat');
    const missing = await driver.switchScene('Nope');
    expect(!missing.ok && missing.error).toMatchObject({ code: 'not_found', message: 'OBS has no scene named "Nope".' });
  });

  it('does nothing while OBS is turned off, and refuses output commands with a clear message', async () => {
    const obs = await fakeObs();
    const { driver, configure } = driverFor(obs.url, { enabled: false });
    await configure();
    expect(driver.status().connection).toBe('disabled');
    expect(obs.connectionCount()).toBe(0);
    const result = await driver.setOutput({ output: 'record', action: 'start' });
    expect(!result.ok && result.error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/not connected/) as unknown });
  });
});
