import type { Rng } from '../../drills/support/rng';
import { SQL_PAYLOADS, XSS_PAYLOADS } from '../../support/hostile-payloads';

/** Hostile values for fuzzing: random JSON, deep nesting, oversized strings, odd unicode, wrong types. */
const WEIRD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\u202E\u202D',
  '\u200B\u200D\uFEFF',
  '💸'.repeat(40),
  'a'.repeat(70),
  'a'.repeat(5_000),
  '../../../../etc/passwd',
  '%00',
  '__proto__',
  'constructor',
  'pur_AAAAAAAAAAAAAAAA',
  'shw_AAAAAAAAAAAAAAAA',
  'NaN',
  '-1',
  '1e309',
  ...XSS_PAYLOADS.slice(0, 8),
  ...SQL_PAYLOADS.slice(0, 6),
];

const WEIRD_NUMBERS = [0, -1, 1.5, -0, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, Number.MIN_VALUE, 99_999_999];

const KEYS = ['offerId', 'buyerName', 'buyerKey', 'amount', 'message', 'question', 'variantId', 'purchaseId', 'showId', 'offerId', 'status', 'kind', 'title', 'slug', 'currency', 'price', 'expectedVersion', '__proto__', 'constructor', 'prototype', 'offer', 'patch', 'active', 'token'];

export function randomValue(rng: Rng, depth = 0): unknown {
  const roll = rng.int(0, depth > 3 ? 5 : 8);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick(WEIRD_NUMBERS);
    case 3:
    case 4:
      return rng.pick(WEIRD_STRINGS);
    case 5:
      return rng.int(-1000, 1000);
    case 6:
      return Array.from({ length: rng.int(0, 4) }, () => randomValue(rng, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let i = rng.int(0, 5); i > 0; i -= 1) object[rng.pick(KEYS)] = randomValue(rng, depth + 1);
      return object;
    }
  }
}

/** `{"a":{"a":…}}` nested `depth` levels. */
export function deeplyNested(depth: number, kind: 'object' | 'array' = 'object'): string {
  return kind === 'object' ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/** Takes a valid value and breaks one thing about it. */
export function mutate(rng: Rng, valid: Record<string, unknown>): unknown {
  const copy: Record<string, unknown> = { ...valid };
  const keys = Object.keys(copy);
  switch (rng.int(0, 4)) {
    case 0:
      if (keys.length > 0) delete copy[rng.pick(keys)];
      return copy;
    case 1:
      if (keys.length > 0) copy[rng.pick(keys)] = randomValue(rng);
      return copy;
    case 2:
      copy[rng.pick(KEYS)] = randomValue(rng);
      return copy;
    case 3:
      return rng.pick([[], 'string', 42, null, true]);
    default:
      return randomValue(rng);
  }
}

/** Raw text that is not (quite) JSON. */
export function brokenJson(rng: Rng): string {
  return rng.pick([
    '{',
    '{"a":',
    '[1,2,',
    "{'single': 'quotes'}",
    '{"a":1}}',
    'undefined',
    'NaN',
    '\u0000\u0001\u0002',
    '{"a":"\\uZZZZ"}',
    '<xml/>',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    JSON.stringify(randomValue(rng)).slice(0, rng.int(1, 20)),
  ]);
}
