import type { OverlaySnapshot } from '../../../shared/commands';
import { ok } from '../../../shared/result';
import { overlayOffer, overlayPurchase } from '../auth/overlay-view';
import type { CatalogService } from '../catalog/catalog-service';
import type { ProgramService } from '../program/broadcast-runtime';
import type { PurchaseService } from '../queue/purchase-service';
import type { CommandHandlers } from './handler-types';

/** How far back a reconnecting overlay page looks for alerts it may have missed. */
export const OVERLAY_CATCH_UP_MS = 3 * 60_000;

export interface OverlayHandlerDeps {
  catalog: CatalogService;
  purchases: PurchaseService;
  program: ProgramService;
  now?: () => number;
}

/** The alert overlay page's one command (auth/policy.ts: role overlay only). */
export function createOverlayHandlers(deps: OverlayHandlerDeps): Pick<CommandHandlers, 'overlay.snapshot'> {
  const now = deps.now ?? Date.now;
  return {
    'overlay.snapshot': () => ok(overlaySnapshot(deps, now())),
  };
}

function overlaySnapshot(deps: OverlayHandlerDeps, now: number): OverlaySnapshot {
  const active = deps.catalog.activeShow();
  const offers = active ? deps.catalog.listOffers(active.id).flatMap((offer) => overlayOffer(offer) ?? []) : [];
  const since = now - OVERLAY_CATCH_UP_MS;
  const recent = active
    ? deps.purchases
        .listForShow(active.id)
        .filter((purchase) => Date.parse(purchase.updatedAt) >= since)
        .flatMap((purchase) => overlayPurchase(purchase) ?? [])
    : [];
  return { overlay: deps.program.overlayState(), offers, recent };
}
