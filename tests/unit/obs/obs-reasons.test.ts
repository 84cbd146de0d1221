import { describe, expect, it } from 'vitest';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { wordSaid } from '../../../src/shared/i18n/said';
import { waitFor } from '../../support/wait-for';
import { connected, driverFor, fakeObs } from './driver-fixture';

/** OBS's problems and refusals as reasons: an id and values, worded again in the studio's language. */
describe('OBS problems and refusals speak the studio’s language', () => {
  it('a wrong password: the status problem carries its reason, worded in French', async () => {
    const obs = await fakeObs();
    const { driver, configure } = driverFor(obs.url);
    await configure({ password: 'not-the-password' });
    const status = await waitFor('failed', () => driver.status().connection === 'failed' && driver.status());
    expect(status.problem).toMatchObject({ code: 'wrong_password', reason: { id: 'error.obs.wrongPassword' } });
    expect(status.problem?.message).toBe(
      'OBS refused the password. Copy it again from OBS (Tools → WebSocket Server Settings → Show Connect Info) into Settings → OBS.',
    );
    expect(wordSaid(status.problem!, 'fr')).toMatch(/^OBS a refusé le mot de passe\. .*Réglages → OBS\.$/);
    // A command meanwhile says OBS is not connected, and why, in French too.
    const refused = await driver.setOutput({ output: 'stream', action: 'start' });
    expect(!refused.ok && refused.error.message).toMatch(/^OBS is not connected: OBS refused the password/);
    expect(!refused.ok && localizeError(refused.error, 'fr').message).toMatch(/^OBS a refusé le mot de passe/);
  });

  it('a scene OBS does not have, and a command OBS refuses: ids, values, English and French', async () => {
    const obs = await fakeObs();
    const { driver, configure } = driverFor(obs.url);
    await configure();
    await connected(driver);

    const missing = await driver.switchScene('Nope');
    if (missing.ok) throw new Error('expected a refusal');
    expect(missing.error).toMatchObject({ code: 'not_found', message: 'OBS has no scene named "Nope".', reason: { id: 'error.obs.noScene', values: { scene: 'Nope' } } });
    expect(localizeError(missing.error, 'fr').message).toBe('OBS n’a aucune scène nommée « Nope ».');

    obs.faults.set('StartStream', { code: 203, comment: 'No stream service is set up.' });
    const refused = await driver.setOutput({ output: 'stream', action: 'start' });
    if (refused.ok) throw new Error('expected a refusal');
    expect(refused.error.reason).toEqual({ id: 'error.obs.commandFailed', values: { action: 'startStream', detail: 'No stream service is set up.' } });
    expect(refused.error.message).toBe('OBS could not start streaming: No stream service is set up.');
    expect(localizeError(refused.error, 'fr').message).toBe('OBS n’a pas pu démarrer le streaming : No stream service is set up.');
  });
});
