import { invalidRequest } from './errors';
import type { ObjectStore } from './object-store';

/** Which id fields may be swapped for their object with `expand[]`, per object kind. */
const EXPANDABLE: Record<string, readonly string[]> = {
  'checkout.session': ['payment_intent'],
  payment_intent: ['latest_charge'],
  charge: ['payment_intent', 'balance_transaction'],
  refund: ['charge', 'payment_intent', 'balance_transaction'],
  balance_transaction: ['source'],
  dispute: ['charge', 'payment_intent'],
};

/** Stripe allows expansions up to four levels deep. */
const MAX_DEPTH = 4;

type JsonObject = Record<string, unknown>;

/**
 * Applies `expand[]` paths (`payment_intent`, `payment_intent.latest_charge`, `data.payment_intent`
 * on lists) to a response. The input is never mutated: expanded parts are copies.
 */
export function expandResponse<T>(objects: ObjectStore, value: T, paths: readonly string[]): T {
  if (paths.length === 0) return value;
  const copy = structuredClone(value);
  for (const path of paths) {
    const segments = path.split('.');
    if (segments.length > MAX_DEPTH) {
      throw invalidRequest(`You cannot expand more than ${MAX_DEPTH} levels of a property (${path}).`, { param: 'expand' });
    }
    if (isObject(copy)) expandPath(objects, copy, segments);
  }
  return copy;
}

function expandPath(objects: ObjectStore, target: JsonObject, segments: string[]): void {
  const [field, ...rest] = segments;
  if (field === undefined) return;
  if (target.object === 'list') {
    if (field !== 'data') throw cannotExpand(field);
    const items = Array.isArray(target.data) ? target.data : [];
    for (const item of items) if (isObject(item)) expandPath(objects, item, rest);
    return;
  }
  const kind = typeof target.object === 'string' ? target.object : '';
  if (!EXPANDABLE[kind]?.includes(field)) throw cannotExpand(field);
  const current = target[field];
  if (typeof current === 'string') {
    const loaded = objects.getAny(current);
    if (loaded) target[field] = loaded;
  }
  const next = target[field];
  if (rest.length > 0 && isObject(next)) expandPath(objects, next, rest);
}

function cannotExpand(field: string): Error {
  return invalidRequest(`This property cannot be expanded (${field}).`, { param: 'expand' });
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
