import type { ModeratorSnapshot } from '../../../shared/moderation';
import { failWith, ok } from '../../../shared/result';
import { moderatorPurchase } from '../auth/moderator-view';
import { actorOf, type Principal } from '../auth/principal';
import type { CatalogService } from '../catalog/catalog-service';
import type { ModerationService } from '../moderation/moderation-service';
import type { ModeratorService } from '../moderation/moderator-service';
import type { PaymentsRuntime } from '../payments/payments-runtime';
import type { PurchaseService } from '../queue/purchase-service';
import type { CommandHandlers } from './handler-types';
import type { Links } from '../server/links';
import type { StudioLanguageStore } from './command-handlers';

/**
 * The moderator commands: the host's invites, and the shared queue console (line order, notes,
 * blocking). Who may send each is decided in auth/policy.ts; these only act.
 */
export interface ModerationDeps {
  catalog: CatalogService;
  purchases: PurchaseService;
  payments: PaymentsRuntime;
  moderators: ModeratorService;
  moderation: ModerationService;
  links: Links;
  language: StudioLanguageStore;
}

export type ModerationCommand =
  | 'moderators.list'
  | 'moderators.invite'
  | 'moderators.revoke'
  | 'moderator.snapshot'
  | 'queue.reorder'
  | 'queue.note'
  | 'buyer.block'
  | 'buyer.unblock';

const AUDIT_IN_SNAPSHOT = 200;

export function createModerationHandlers(deps: ModerationDeps): Pick<CommandHandlers, ModerationCommand> {
  const { moderators, moderation } = deps;
  return {
    'moderators.list': () => ok(moderators.list()),
    'moderators.invite': (input, who) => {
      const created = moderators.invite(input, actorOf(who));
      if (!created.ok) return created;
      // The token rides in the fragment: browsers never send it to a server, a log or a Referer.
      return ok({ invite: created.value.invite, link: `${deps.links.base()}/moderator#token=${created.value.token}` });
    },
    'moderators.revoke': (input, who) => moderators.revoke(input.inviteId, actorOf(who)),
    'moderator.snapshot': (_input, who) => {
      const snapshot = moderatorSnapshot(deps, who);
      return snapshot ? ok(snapshot) : failWith('unauthorized', 'error.moderator.inviteGone');
    },
    'queue.reorder': (input, who) => moderation.reorder(input.purchaseId, input.beforeId, actorOf(who)),
    'queue.note': (input, who) => moderation.addNote(input.purchaseId, input.text, actorOf(who)),
    'buyer.block': (input, who) => {
      const result = moderation.block(input.purchaseId, input.reason, actorOf(who));
      // Rejected seats wrote cancel actions in the same transaction: Stripe hears now.
      if (result.ok) deps.payments.kickMoneyWorker();
      return result;
    },
    'buyer.unblock': (input, who) => moderation.unblock(input.blockId, actorOf(who)),
  };
}

/** The moderator's view of the studio: the active show's queue and feed, redacted. */
function moderatorSnapshot(deps: ModerationDeps, who: Principal): ModeratorSnapshot | null {
  const invite = deps.moderators.get(who.subject);
  if (!invite) return null;
  const active = deps.catalog.activeShow();
  const purchases = active ? deps.purchases.listForShow(active.id) : [];
  return {
    me: { id: invite.id, name: invite.name, expiresAt: invite.expiresAt },
    shows: active ? [active] : [],
    activeShowId: active?.id ?? null,
    offers: active ? deps.catalog.listOffers(active.id) : [],
    purchases: purchases.map(moderatorPurchase).filter((p) => p !== null),
    audit: deps.purchases.recentAudit(AUDIT_IN_SNAPSHOT),
    moderation: deps.moderation.state(active?.id ?? null),
    paymentsMode: deps.payments.mode(),
    language: deps.language.read(),
  };
}
