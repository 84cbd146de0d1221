import type { Purchase } from './purchases';

/**
 * The line of accepted hot seats, first on air first: seats placed by hand (in their placed order),
 * then the others in order of payment. Pure, so the core and every page agree on it.
 */
export function lineOf(accepted: readonly Purchase[], placed: readonly string[]): Purchase[] {
  const rank = new Map(placed.map((id, index) => [id, index]));
  return [...accepted].sort((a, b) => {
    const ra = rank.get(a.id);
    const rb = rank.get(b.id);
    if (ra !== undefined || rb !== undefined) return (ra ?? Infinity) - (rb ?? Infinity);
    const wa = a.paidAt ?? a.createdAt;
    const wb = b.paidAt ?? b.createdAt;
    return wa < wb ? -1 : wa > wb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The line after moving `id` just before `beforeId` (or to the end when null). */
export function moveInLine(line: readonly string[], id: string, beforeId: string | null): string[] {
  const rest = line.filter((other) => other !== id);
  const at = beforeId === null ? rest.length : rest.indexOf(beforeId);
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
