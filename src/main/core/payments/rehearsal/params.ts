import { invalidParam, missingParam, unknownParam } from './errors';
import { paramName, type FormObject, type FormValue } from './form-body';

/**
 * Reads typed parameters out of a decoded form body and remembers what it read, so `finish()` can
 * refuse anything left over with Stripe's "Received unknown parameter" error. A request with a
 * typo in a parameter name fails loudly here, as it would against Stripe.
 */
export class ParamReader {
  private readonly seen = new Set<string>();
  private readonly children: ParamReader[] = [];

  constructor(
    private readonly source: FormObject,
    private readonly path: readonly (string | number)[] = [],
  ) {}

  name(key: string | number): string {
    return paramName([...this.path, key]);
  }

  has(key: string): boolean {
    const value = this.source[key];
    return value !== undefined && value !== '';
  }

  isHash(key: string): boolean {
    const value = this.source[key];
    return value !== undefined && typeof value !== 'string' && !Array.isArray(value);
  }

  /** An empty string is how stripe-node sends `null`: Stripe reads it as "not set". */
  private take(key: string): FormValue | undefined {
    this.seen.add(key);
    const value = this.source[key];
    return value === '' ? undefined : value;
  }

  string(key: string, options: { maxLength?: number } = {}): string | undefined {
    const value = this.take(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw invalidParam(this.name(key), `Invalid string: ${this.name(key)} must be a string, not a hash or an array`);
    if (options.maxLength !== undefined && value.length > options.maxLength) {
      throw invalidParam(this.name(key), `Invalid ${this.name(key)}: must be at most ${options.maxLength} characters`);
    }
    return value;
  }

  requiredString(key: string, options: { maxLength?: number } = {}): string {
    const value = this.string(key, options);
    if (value === undefined) throw missingParam(this.name(key));
    return value;
  }

  int(key: string, bounds: { min?: number; max?: number } = {}): number | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      throw invalidParam(this.name(key), `Invalid integer: ${value}`, 'parameter_invalid_integer');
    }
    const number = Number(value);
    if (bounds.min !== undefined && number < bounds.min) {
      throw invalidParam(this.name(key), `This value must be greater than or equal to ${bounds.min}.`);
    }
    if (bounds.max !== undefined && number > bounds.max) {
      throw invalidParam(this.name(key), `This value must be less than or equal to ${bounds.max}.`);
    }
    return number;
  }

  requiredInt(key: string, bounds: { min?: number; max?: number } = {}): number {
    const value = this.int(key, bounds);
    if (value === undefined) throw missingParam(this.name(key));
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined) throw invalidParam(this.name(key), `Invalid ${this.name(key)}: must be one of ${listWords(allowed)}`);
    return match;
  }

  object(key: string): ParamReader | undefined {
    const value = this.take(key);
    if (value === undefined) return undefined;
    if (typeof value === 'string' || Array.isArray(value)) {
      throw invalidParam(this.name(key), `Invalid object: ${this.name(key)} must be a hash`);
    }
    return this.child(value, [...this.path, key]);
  }

  requiredObject(key: string): ParamReader {
    const value = this.object(key);
    if (value === undefined) throw missingParam(this.name(key));
    return value;
  }

  objectArray(key: string): ParamReader[] | undefined {
    const value = this.take(key);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) throw invalidParam(this.name(key), `Invalid array: ${this.name(key)} must be an array`);
    return value.map((item, index) => {
      if (typeof item === 'string' || Array.isArray(item)) {
        throw invalidParam(this.name(key), `Invalid object: ${paramName([...this.path, key, index])} must be a hash`);
      }
      return this.child(item, [...this.path, key, index]);
    });
  }

  stringArray(key: string): string[] | undefined {
    const value = this.take(key);
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      throw invalidParam(this.name(key), `Invalid array: ${this.name(key)} must be an array of strings`);
    }
    return value.filter((item): item is string => typeof item === 'string' && item !== '');
  }

  /** Stripe's metadata limits: 50 keys, keys up to 40 characters, values up to 500. */
  metadata(key: string): Record<string, string> | undefined {
    const value = this.take(key);
    if (value === undefined) return undefined;
    if (typeof value === 'string') throw invalidParam(this.name(key), `Invalid object: ${this.name(key)} must be a hash`);
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    const result: Record<string, string> = {};
    for (const [k, v] of entries) {
      const name = paramName([...this.path, key, k]);
      if (typeof v !== 'string') throw invalidParam(name, `Invalid string: ${name} must be a string`);
      if (k.length > 40) throw invalidParam(name, `Metadata keys can have a maximum length of 40 characters.`);
      if (v.length > 500) throw invalidParam(name, `Metadata values can have a maximum length of 500 characters.`);
      if (v !== '') result[k] = v;
    }
    if (Object.keys(result).length > 50) throw invalidParam(this.name(key), 'Metadata can have a maximum of 50 keys.');
    return result;
  }

  /** Refuses every parameter nobody read, here and in every nested hash read through this reader. */
  finish(): void {
    for (const key of Object.keys(this.source)) {
      if (!this.seen.has(key)) throw unknownParam(this.name(key));
    }
    for (const child of this.children) child.finish();
  }

  private child(value: FormObject, path: readonly (string | number)[]): ParamReader {
    const reader = new ParamReader(value, path);
    this.children.push(reader);
    return reader;
  }
}

/** ['a', 'b', 'c'] → "a, b, or c", the way Stripe lists allowed values. */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  if (words.length === 2) return `${words[0]} or ${words[1]}`;
  return `${words.slice(0, -1).join(', ')}, or ${words[words.length - 1]}`;
}
