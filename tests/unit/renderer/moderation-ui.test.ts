import { describe, expect, it } from 'vitest';
import type { ModerationState, ModeratorSnapshot } from '../../../src/shared/moderation';
import { alreadyDecidedMessage } from '../../../src/renderer/lib/decision-notice';
import { createTranslator } from '../../../src/shared/i18n/messages';
import { resolveModeratorSession, MODERATOR_TOKEN_STORAGE } from '../../../src/renderer/lib/moderator-session';
import { asConsoleSnapshot } from '../../../src/renderer/lib/moderator-snapshot';
import { acceptedSeats, blockedBuyers, notesFor } from '../../../src/renderer/lib/studio-selectors';
import { applyEvent } from '../../../src/renderer/lib/studio-state';
import { purchase, snapshot } from './fixtures';

/** The moderator page's pure parts: token from the link, the shared line order, notices, the reducer. */
const SHOW = 'shw_aaaaaaaa01';
const seat = (id: string, paidAt: string) => purchase({ id, showId: SHOW, kind: 'hotseat', format: 'qa', status: 'accepted', paidAt });
const moderation = (overrides: Partial<ModerationState>): ModerationState => ({ showId: SHOW, revision: 1, lineOrder: [], notes: [], blockedBuyers: [], ...overrides });

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
}

describe('moderator link', () => {
  it('takes the token from the fragment, keeps it for reloads of this tab and wipes it from the address bar', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    const history = { replaceState: (_d: unknown, _u: string, url?: string) => void replaced.push(url ?? '') };
    const first = resolveModeratorSession({ location: { href: 'http://127.0.0.1:4870/moderator#token=hsm_abc', hash: '#token=hsm_abc' }, history, storage });
    expect(first).toEqual({ ok: true, serverUrl: 'http://127.0.0.1:4870', token: 'hsm_abc' });
    expect(replaced).toEqual(['/moderator']);
    expect(storage.items.get(MODERATOR_TOKEN_STORAGE)).toBe('hsm_abc');
    const reload = resolveModeratorSession({ location: { href: 'http://127.0.0.1:4870/moderator', hash: '' }, history, storage });
    expect(reload).toMatchObject({ ok: true, token: 'hsm_abc' });
  });

  it('says what to do when the link has no token', () => {
    const result = resolveModeratorSession({ location: { href: 'http://x/moderator', hash: '' }, history: { replaceState: () => undefined }, storage: null });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('#token=');
  });
});

describe('the shared line order on every page', () => {
  it('puts hand-placed seats first in their order, then the rest by payment', () => {
    const a = seat('pur_aaaaaaaa01', '2030-01-01T10:00:00.000Z');
    const b = seat('pur_bbbbbbbb01', '2030-01-01T10:01:00.000Z');
    const c = seat('pur_cccccccc01', '2030-01-01T10:02:00.000Z');
    const state = snapshot({ purchases: [c, b, a], moderation: moderation({ lineOrder: [c.id] }) });
    expect(acceptedSeats(state, SHOW).map((p) => p.id)).toEqual([c.id, a.id, b.id]);
    // Another show's order never applies.
    expect(acceptedSeats({ ...state, moderation: moderation({ showId: 'shw_other0001', lineOrder: [c.id] }) }, SHOW).map((p) => p.id)).toEqual([a.id, b.id, c.id]);
  });

  it('never lets an older moderation state replace a newer one', () => {
    const newer = snapshot({ moderation: moderation({ revision: 5, lineOrder: ['pur_bbbbbbbb01'] }) });
    const older = applyEvent(newer, { type: 'moderation.updated', moderation: moderation({ revision: 4 }) });
    expect(older.moderation.revision).toBe(5);
    const next = applyEvent(newer, { type: 'moderation.updated', moderation: moderation({ revision: 6, notes: [{ id: 1, purchaseId: 'pur_bbbbbbbb01', author: 'Maya', text: 'Hi', at: '2030-01-01T10:00:00.000Z' }] }) });
    expect(notesFor(next, 'pur_bbbbbbbb01')).toHaveLength(1);
    expect(blockedBuyers(next, SHOW)).toEqual([]);
  });
});

describe('telling the loser of a race who won', () => {
  it('uses the core’s words, named by the buyer', () => {
    const say = (purchase: Parameters<typeof alreadyDecidedMessage>[0]) => {
      const { id, values } = alreadyDecidedMessage(purchase);
      return createTranslator('en')(id, values);
    };
    expect(say({ buyerName: 'Ada', status: 'accepted', decidedBy: 'Maya' })).toBe('Ada: This hot seat was already accepted by Maya');
    expect(say({ buyerName: 'Ada', status: 'rejected', decidedBy: 'Host' })).toBe('Ada: This hot seat was already rejected by Host');
    expect(say({ buyerName: 'Ada', status: 'expired', decidedBy: null })).toBe('Ada: This hot seat was already expired');
  });
});

describe('the moderator snapshot in the shared session', () => {
  it('carries no settings, keys or links into the page', () => {
    const mod: ModeratorSnapshot = {
      me: { id: 'mod_aaaaaaaa01', name: 'Maya', expiresAt: '2030-01-01T14:00:00.000Z' },
      shows: [],
      activeShowId: null,
      offers: [],
      purchases: [],
      audit: [],
      moderation: moderation({}),
      paymentsMode: 'stripe',
      language: 'fr',
    };
    const converted = asConsoleSnapshot(mod);
    expect(converted.links).toEqual({ studio: '', store: null, webhook: null });
    expect(converted.payments).toMatchObject({ mode: 'stripe', keyHint: null });
    expect(converted.network.publicBaseUrl).toBeNull();
    // The console speaks the creator's language, as the studio does.
    expect(converted.language).toBe('fr');
  });
});
