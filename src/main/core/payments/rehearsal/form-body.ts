/**
 * Stripe's request encoding: `application/x-www-form-urlencoded` with bracketed keys, as stripe-node
 * writes them (`line_items[0][price_data][currency]=usd`, `expand[0]=payment_intent`,
 * `types[]=charge.refunded`). Decoded into a plain tree; arrays are objects whose keys are all
 * indices, turned into real arrays once the whole body is read.
 */
export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

export class FormSyntaxError extends Error {
  constructor(
    message: string,
    readonly param: string,
  ) {
    super(message);
  }
}

/** Keys deeper than this are refused; Stripe's own params never nest past five levels. */
const MAX_DEPTH = 8;

export function parseFormBody(text: string): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    if (rawKey === '') continue;
    const path = splitKey(rawKey);
    insert(root, path, value, rawKey);
  }
  return normalizeArrays(root) as FormObject;
}

/** `a[b][0][]` → ['a', 'b', '0', ''] ; an empty segment means "append". */
function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const segments = [key.slice(0, open)];
  const rest = key.slice(open);
  const pattern = /\[([^[\]]*)\]/g;
  let consumed = 0;
  for (const match of rest.matchAll(pattern)) {
    if (match.index !== consumed) throw new FormSyntaxError(`Invalid parameter name: ${key}`, key);
    segments.push(match[1] ?? '');
    consumed = match.index + match[0].length;
  }
  if (consumed !== rest.length) throw new FormSyntaxError(`Invalid parameter name: ${key}`, key);
  if (segments.length > MAX_DEPTH) throw new FormSyntaxError(`Parameter nested too deeply: ${key}`, key);
  return segments;
}

function insert(root: FormObject, path: string[], value: string, rawKey: string): void {
  let node: FormObject = root;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i] ?? '';
    const last = i === path.length - 1;
    // `a[]` appends: give it the next free index so it behaves like `a[n]`.
    const key = segment === '' && i > 0 ? String(Object.keys(node).length) : segment;
    if (last) {
      if (key in node && typeof node[key] !== 'string') throw conflict(rawKey);
      node[key] = value;
      return;
    }
    const existing = node[key];
    if (existing === undefined) {
      const child: FormObject = {};
      node[key] = child;
      node = child;
    } else if (typeof existing === 'string' || Array.isArray(existing)) {
      throw conflict(rawKey);
    } else {
      node = existing;
    }
  }
}

function conflict(rawKey: string): FormSyntaxError {
  return new FormSyntaxError(`Invalid value for ${rawKey}: the parameter was given both as a value and as a hash.`, rawKey);
}

function normalizeArrays(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const children: FormObject = {};
  for (const key of keys) children[key] = normalizeArrays(value[key] as FormValue);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map((k) => [Number(k), children[k] as FormValue] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, v]) => v);
  }
  return children;
}

/** `['line_items', 0, 'quantity']` → `line_items[0][quantity]`, the way Stripe names params in errors. */
export function paramName(path: readonly (string | number)[]): string {
  const [head, ...rest] = path;
  return `${String(head ?? '')}${rest.map((p) => `[${String(p)}]`).join('')}`;
}
