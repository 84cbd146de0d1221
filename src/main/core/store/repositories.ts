import type BetterSqlite3 from 'better-sqlite3';
import { createAuditRepo, type AuditRepo } from './audit-repo';
import { createBalanceLinesRepo, type BalanceLinesRepo } from './balance-lines-repo';
import { createModerationRepo, type ModerationRepo } from './moderation-repo';
import { createModeratorInvitesRepo, type ModeratorInvitesRepo } from './moderator-invites-repo';
import { createMoneyActionsRepo, type MoneyActionsRepo } from './money-actions-repo';
import { createOffersRepo, type OffersRepo } from './offers-repo';
import { createPurchasesRepo, type PurchasesRepo } from './purchases-repo';
import { createJoinTokensRepo, type JoinTokensRepo } from './join-tokens-repo';
import { createMailOutboxRepo, type MailOutboxRepo } from './mail-outbox-repo';
import { createReceiptLinksRepo, type ReceiptLinksRepo } from './receipt-links-repo';
import { createSeatsRepo, type SeatsRepo } from './seats-repo';
import { createSelfiesRepo, type SelfiesRepo } from './selfies-repo';
import { createSettingsRepo, type SettingsRepo } from './settings-repo';
import { createShowsRepo, type ShowsRepo } from './shows-repo';
import { createStripeEventsRepo, type StripeEventsRepo } from './stripe-events-repo';

export interface Repositories {
  shows: ShowsRepo;
  offers: OffersRepo;
  purchases: PurchasesRepo;
  moneyActions: MoneyActionsRepo;
  audit: AuditRepo;
  settings: SettingsRepo;
  stripeEvents: StripeEventsRepo;
  seats: SeatsRepo;
  joinTokens: JoinTokensRepo;
  moderatorInvites: ModeratorInvitesRepo;
  moderation: ModerationRepo;
  selfies: SelfiesRepo;
  balanceLines: BalanceLinesRepo;
  mailOutbox: MailOutboxRepo;
  receiptLinks: ReceiptLinksRepo;
}

const cache = new WeakMap<BetterSqlite3.Database, Repositories>();

/** Every repository over one connection; statements are prepared once per connection. */
export function repositories(db: BetterSqlite3.Database): Repositories {
  let repos = cache.get(db);
  if (!repos) {
    repos = {
      shows: createShowsRepo(db),
      offers: createOffersRepo(db),
      purchases: createPurchasesRepo(db),
      moneyActions: createMoneyActionsRepo(db),
      audit: createAuditRepo(db),
      settings: createSettingsRepo(db),
      stripeEvents: createStripeEventsRepo(db),
      seats: createSeatsRepo(db),
      joinTokens: createJoinTokensRepo(db),
      moderatorInvites: createModeratorInvitesRepo(db),
      moderation: createModerationRepo(db),
      selfies: createSelfiesRepo(db),
      balanceLines: createBalanceLinesRepo(db),
      mailOutbox: createMailOutboxRepo(db),
      receiptLinks: createReceiptLinksRepo(db),
    };
    cache.set(db, repos);
  }
  return repos;
}
