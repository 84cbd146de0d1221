import type { ProgramLayout } from '../../shared/program';
import { layoutCapacity, moveToSlot } from './layout-geometry';

/**
 * The order of the guests' slots on the program (slot 0 is next to the host), pure: the host's saved
 * order first (for the guests still on air), then anyone new in line order. Moves go through the
 * compositor's own `moveToSlot` rule, so the preview and the saved order never disagree.
 */
export function arrangeGuests(onAir: readonly string[], saved: readonly string[]): string[] {
  const live = new Set(onAir);
  const placed = saved.filter((id, index) => live.has(id) && saved.indexOf(id) === index);
  return [...placed, ...onAir.filter((id) => !placed.includes(id))];
}

/** The order after the host drops guest `id` on slot `slot` (out-of-range slots clamp; unknown ids change nothing). */
export function moveGuestTo(order: readonly string[], id: string, slot: number): string[] {
  return moveToSlot(order, id, slot);
}

/**
 * The keyboard way to move a focused guest tile: Alt+←/↑ one slot earlier, Alt+→/↓ one later,
 * Alt+Home first, Alt+End last. Null when the key is not a move or the guest is already there.
 */
export function slotForKey(order: readonly string[], id: string, key: string, altKey: boolean): number | null {
  if (!altKey) return null;
  const at = order.indexOf(id);
  if (at < 0) return null;
  const last = order.length - 1;
  const target =
    key === 'ArrowLeft' || key === 'ArrowUp' ? at - 1 : key === 'ArrowRight' || key === 'ArrowDown' ? at + 1 : key === 'Home' ? 0 : key === 'End' ? last : null;
  if (target === null || target < 0 || target > last || target === at) return null;
  return target;
}

export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => b[index] === id);
}

/**
 * How many guest slots a layout shows; guests past it wait off the picture. `leading` is how many
 * sources come before the guests (the host, and a shared screen when there is one).
 */
export function visibleGuestSlots(layout: ProgramLayout, leading = 1): number {
  return Math.max(0, layoutCapacity(layout) - leading);
}
