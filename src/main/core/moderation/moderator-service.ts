import type { ModeratorInvite, ModeratorInviteInput } from '../../../shared/moderation';
import { errorWith, failWith, ok, type AppErrorShape, type Result } from '../../../shared/result';
import type { Actor } from '../actor';
import { activity, said } from '../activity/activity-said';
import type { Principal } from '../auth/principal';
import type { EventBus } from '../bus';
import { isoNow, systemClock, type Clock } from '../store/clock';
import type { Database } from '../store/db';
import { newId } from '../store/ids';
import type { InviteRecord } from '../store/moderator-invites-repo';
import { repositories } from '../store/repositories';
import { runUnitOfWork } from '../store/unit-of-work';
import { hashModeratorToken, looksLikeModeratorToken, newModeratorToken } from './moderator-token';
import type { Presence } from './moderator-presence';

/**
 * Moderator invites: the host creates one per person (name, expiry) and can revoke it; the link's
 * token proves a moderator's identity on every connection. Revoking or expiring an invite cuts its
 * open pages at once (through `cut`, which the hub provides).
 */
export type Authentication = Principal | { refused: AppErrorShape } | null;

export interface ModeratorService {
  invite(input: ModeratorInviteInput, actor: Actor): Result<{ invite: ModeratorInvite; token: string }>;
  revoke(inviteId: string, actor: Actor): Result<ModeratorInvite>;
  list(): ModeratorInvite[];
  get(inviteId: string): ModeratorInvite | null;
  /** Null: not a moderator token at all (the caller tries other kinds). */
  authenticate(token: string): Authentication;
  /** Cuts the pages of invites that expired while open; returns how many invites were cut. */
  cutExpired(): number;
  /** Tell the host's pages the list changed (someone connected, left, was invited or revoked). */
  publishList(): void;
}

export interface ModeratorServiceDeps {
  db: Database;
  bus: EventBus;
  presence: Presence;
  /** Closes every open connection of an invite now, telling the page why. */
  cut(inviteId: string, reason: AppErrorShape): void;
  clock?: Clock;
}

/** Why a moderator's page is cut or turned down, as the page words it. */
export const REVOKED_REASON: AppErrorShape = errorWith('unauthorized', 'error.moderator.revoked');
export const EXPIRED_REASON: AppErrorShape = errorWith('unauthorized', 'error.moderator.expired');
const INVALID_LINK: AppErrorShape = errorWith('unauthorized', 'error.moderator.linkInvalid');

export function createModeratorService(deps: ModeratorServiceDeps): ModeratorService {
  const { db, bus, presence } = deps;
  const clock = deps.clock ?? systemClock;
  const repos = repositories(db);
  const now = () => isoNow(clock);
  const view = (record: InviteRecord): ModeratorInvite => ({
    id: record.id,
    name: record.name,
    createdAt: record.createdAt,
    expiresAt: record.expiresAt,
    revokedAt: record.revokedAt,
    connections: presence.count(record.id),
  });
  const list = () => repos.moderatorInvites.list().map(view);
  const publishList = () => bus.publish({ type: 'moderators.updated', moderators: list() });

  return {
    invite(input, actor) {
      const token = newModeratorToken();
      const created = runUnitOfWork(db, bus, (emit) => {
        const at = now();
        const record: InviteRecord = {
          id: newId('mod'),
          name: input.name,
          tokenHash: hashModeratorToken(token),
          createdAt: at,
          expiresAt: new Date(Date.parse(at) + input.expiresInHours * 3_600_000).toISOString(),
          revokedAt: null,
        };
        repos.moderatorInvites.insert(record);
        const invited = activity(null, said('activity.said.moderatorInvited', { name: record.name, hours: input.expiresInHours }));
        const entry = repos.audit.append({ at, actor: actor.name, action: 'moderator.invite', purchaseId: null, said: invited });
        emit({ type: 'audit.appended', entry });
        return ok(view(record));
      });
      if (!created.ok) return created;
      publishList();
      return ok({ invite: created.value, token });
    },

    revoke(inviteId, actor) {
      const revoked = runUnitOfWork(db, bus, (emit) => {
        const record = repos.moderatorInvites.get(inviteId);
        if (!record) return failWith('not_found', 'error.moderator.inviteMissing');
        if (record.revokedAt !== null) return failWith('conflict', 'error.moderator.alreadyRevoked', { name: record.name });
        const at = now();
        repos.moderatorInvites.revoke(inviteId, at);
        const revokedLine = activity(null, said('activity.said.moderatorRevoked', { name: record.name }));
        const entry = repos.audit.append({ at, actor: actor.name, action: 'moderator.revoke', purchaseId: null, said: revokedLine });
        emit({ type: 'audit.appended', entry });
        return ok({ ...record, revokedAt: at });
      });
      if (!revoked.ok) return revoked;
      // After the commit: a page that reconnects from now on is refused by authenticate().
      deps.cut(inviteId, REVOKED_REASON);
      publishList();
      return ok(view(revoked.value));
    },

    list,
    get: (inviteId) => {
      const record = repos.moderatorInvites.get(inviteId);
      return record ? view(record) : null;
    },

    authenticate(token) {
      if (!looksLikeModeratorToken(token)) return null;
      const record = repos.moderatorInvites.findByTokenHash(hashModeratorToken(token));
      if (!record) return { refused: INVALID_LINK };
      if (record.revokedAt !== null) return { refused: REVOKED_REASON };
      if (record.expiresAt <= now()) return { refused: EXPIRED_REASON };
      return { role: 'moderator', subject: record.id, name: record.name };
    },

    cutExpired() {
      const at = now();
      let cut = 0;
      for (const subject of presence.connected()) {
        const record = repos.moderatorInvites.get(subject);
        if (record && record.revokedAt === null && record.expiresAt <= at) {
          deps.cut(subject, EXPIRED_REASON);
          cut += 1;
        }
      }
      return cut;
    },

    publishList,
  };
}
