import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import { refusalError, StudioClient, type ConnectionState } from '../../../src/renderer/lib/studio-client';
import { webSocketUrl } from '../../../src/renderer/lib/socket';
import { connectHost, startTestStudio, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/**
 * Connection refusals end to end: the real hub over a real WebSocket sends each refusal's reason
 * beside its English in `closing`, the client keeps it in its `refused` state, and a French page
 * words it in French (a revoked moderator, a made-up link, a replaced join link).
 */
let t: TestStudio;

beforeAll(async () => {
  t = await startTestStudio({ webhooks: false });
  await t.host.command('show.create', { title: 'Friday Night Live', slug: 'friday-night', currency: 'usd' });
});
afterAll(async () => {
  await t?.close();
});

type Refused = Extract<ConnectionState, { status: 'refused' }>;
const refused = (client: StudioClient) =>
  waitFor('refused', (): Refused | undefined => {
    const state = client.state.get();
    return state.status === 'refused' ? state : undefined;
  });

function connect(token: string): StudioClient {
  const client = new StudioClient({ url: webSocketUrl(t.studio.url), token, WebSocket, onInvalidMessage: () => undefined });
  client.start();
  return client;
}

describe('connection refusals in the page’s language', () => {
  it('cuts a revoked moderator with the reason, and words it in French', async () => {
    const created = await t.host.command('moderators.invite', { name: 'Leo', expiresInHours: 4 });
    const token = new URLSearchParams(new URL(created.link).hash.slice(1)).get('token') ?? '';
    const mod = await connectHost(t.studio.url, token);
    await t.host.command('moderators.revoke', { inviteId: created.invite.id });
    const cut = await refused(mod.client);
    expect(cut).toMatchObject({
      reason: 'The host revoked your moderator access. Ask the host for a new link if this was a mistake.',
      why: { id: 'error.moderator.revoked' },
      kind: 'revoked',
    });
    expect(localizeError(refusalError(cut), 'fr').message).toBe('L’hôte a révoqué votre accès de modérateur. Demandez-lui un nouveau lien s’il s’agit d’une erreur.');
    const again = await refused(connect(token));
    expect(again.why).toEqual({ id: 'error.moderator.revoked' });
  });

  it('refuses a made-up link with the reason', async () => {
    const state = await refused(connect(`hsm_${'A'.repeat(43)}`));
    expect(state).toMatchObject({ why: { id: 'error.moderator.linkInvalid' } });
    expect(localizeError(refusalError(state), 'fr').message).toBe(
      'Ce lien de modérateur n’est pas valide. Vérifiez que vous l’avez copié en entier, ou demandez-en un nouveau à l’hôte.',
    );
    const unknown = await refused(connect('not-a-token-of-any-kind'));
    expect(unknown).toMatchObject({ reason: 'This link is not valid (expired, revoked or mistyped).', why: { id: 'error.connection.linkInvalid' } });
    expect(localizeError(refusalError(unknown), 'fr').message).toBe('Ce lien n’est pas valide (expiré, révoqué ou mal saisi).');
  });

  it('cuts a guest whose join link the host replaced, and refuses the old link, in French', async () => {
    const invited = await t.host.command('guests.invite', { name: 'Gia', minutes: 2 });
    const token = new URL(invited.joinUrl).hash.slice(3);
    const guest = await connectHost(t.studio.url, token);
    await t.host.command('seat.replaceLink', { seatId: invited.seat.id, newLink: true });
    const cut = await refused(guest.client);
    expect(cut).toMatchObject({ reason: 'The host revoked this join link.', why: { id: 'error.guest.linkRevoked' } });
    expect(localizeError(refusalError(cut), 'fr').message).toBe('L’hôte a révoqué ce lien d’accès.');
    const old = await refused(connect(token));
    expect(old.why).toEqual({ id: 'error.guest.linkReplaced' });
    expect(localizeError(refusalError(old), 'fr').message).toMatch(/^L’hôte a remplacé ou révoqué ce lien d’accès\./);
  });
});
