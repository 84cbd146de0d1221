import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../../../src/main/core/bus';
import { createModeratorService, EXPIRED_REASON, REVOKED_REASON, type ModeratorService } from '../../../src/main/core/moderation/moderator-service';
import { createPresence, type Presence } from '../../../src/main/core/moderation/moderator-presence';
import { HOST, steppingClock } from '../queue/services-fixture';
import { tempDb, type TempDb } from '../store/temp-db';
import type { AppErrorShape } from '../../../src/shared/result';

/** Invites over a real SQLite file with a clock the test moves: expiry, revocation, and the cut. */
let temp: TempDb;
let clock: ReturnType<typeof steppingClock>;
let presence: Presence;
let cuts: [string, AppErrorShape][];
let service: ModeratorService;
beforeEach(() => {
  temp = tempDb();
  clock = steppingClock();
  presence = createPresence();
  cuts = [];
  service = createModeratorService({ db: temp.db, bus: createEventBus(), presence, cut: (id, reason) => cuts.push([id, reason]), clock });
});
afterEach(() => temp.cleanup());

const HOUR = 3_600_000;

describe('moderator service', () => {
  it('admits a moderator until the invite expires, then refuses the link and cuts open pages', () => {
    const created = service.invite({ name: 'Maya', expiresInHours: 2 }, HOST);
    if (!created.ok) throw new Error(created.error.message);
    const { invite, token } = created.value;
    expect(service.authenticate(token)).toEqual({ role: 'moderator', subject: invite.id, name: 'Maya' });
    presence.opened(invite.id);
    expect(service.cutExpired()).toBe(0);
    clock.advance(2 * HOUR);
    expect(service.authenticate(token)).toEqual({ refused: EXPIRED_REASON });
    expect(service.cutExpired()).toBe(1);
    expect(cuts).toEqual([[invite.id, EXPIRED_REASON]]);
  });

  it('refuses a revoked link and cuts its pages once, at the revocation', () => {
    const created = service.invite({ name: 'Leo', expiresInHours: 1 }, HOST);
    if (!created.ok) throw new Error(created.error.message);
    const { invite, token } = created.value;
    expect(service.revoke(invite.id, HOST)).toMatchObject({ ok: true, value: { id: invite.id, name: 'Leo' } });
    expect(cuts).toEqual([[invite.id, REVOKED_REASON]]);
    expect(service.authenticate(token)).toEqual({ refused: REVOKED_REASON });
    expect(service.revoke(invite.id, HOST)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(service.revoke('mod_doesnotexist', HOST)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('ignores tokens that are not moderator tokens, and refuses unknown ones without a lookup hint', () => {
    expect(service.authenticate('hsh_something')).toBeNull();
    expect(service.authenticate('')).toBeNull();
    const unknown = service.authenticate(`hsm_${'x'.repeat(43)}`);
    expect(unknown !== null && 'refused' in unknown ? unknown.refused.message : '').toMatch(/not valid/);
    expect(unknown).toMatchObject({ refused: { code: 'unauthorized', reason: { id: 'error.moderator.linkInvalid' } } });
  });

  it('counts open pages per invite in the list', () => {
    const created = service.invite({ name: 'Ivy', expiresInHours: 1 }, HOST);
    if (!created.ok) throw new Error(created.error.message);
    presence.opened(created.value.invite.id);
    presence.opened(created.value.invite.id);
    presence.closed(created.value.invite.id);
    expect(service.list()).toEqual([expect.objectContaining({ name: 'Ivy', connections: 1, revokedAt: null })]);
  });
});
