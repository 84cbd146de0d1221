import { describe, expect, it } from 'vitest';
import { startTestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/**
 * The real ngrok service. It is unreachable from CI, so this runs only where a developer sets
 * NGROK_AUTHTOKEN (optionally NGROK_DOMAIN); everywhere else it skips and says so.
 */
const token = process.env.NGROK_AUTHTOKEN;
if (!token) console.info('ngrok live smoke test skipped: set NGROK_AUTHTOKEN (and optionally NGROK_DOMAIN) to run it against ngrok');

describe.skipIf(!token)('ngrok (live smoke)', () => {
  it('opens a public HTTPS address that reaches this studio, then closes it', async () => {
    const domain = process.env.NGROK_DOMAIN ?? null;
    const t = await startTestStudio({ webhooks: false, secrets: { ngrokAuthtoken: token ?? '' }, publicAccess: { network: { publicMode: 'ngrok', ngrok: { domain } } } });
    try {
      const s = await waitFor('public and reachable through ngrok', async () => {
        const current = (await t.host.command('studio.snapshot', {})).publicAddress;
        if (current.state === 'failing' && current.problem?.code !== 'not_reachable_from_outside') throw new Error(current.problem?.message);
        return current.reachable === true ? current : null;
      }, { timeoutMs: 30_000 });
      expect(s.url).toMatch(/^https:\/\//);
      const health = await fetch(`${s.url}/api/health`, { headers: { 'ngrok-skip-browser-warning': '1' } });
      expect(health.status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
