import { describe, expect, it } from 'vitest';
import { SpriteCache } from '../../../src/renderer/compositor/sprite-cache';

const sprite = (name: string) => ({ name });

describe('SpriteCache', () => {
  it('draws a sprite once per key and hands the same one back', () => {
    const cache = new SpriteCache<{ name: string }>(4);
    let built = 0;
    const build = () => {
      built += 1;
      return sprite('banner');
    };
    const first = cache.get('600|Priya', build);
    expect(cache.get('600|Priya', build)).toBe(first);
    expect(built).toBe(1);
    cache.get('600|Tom', build);
    expect(built).toBe(2);
  });

  it('drops the least recently used sprite beyond its size', () => {
    const cache = new SpriteCache<{ name: string }>(2);
    cache.get('a', () => sprite('a'));
    cache.get('b', () => sprite('b'));
    cache.get('a', () => sprite('a again')); // a is now the most recent
    cache.get('c', () => sprite('c')); // b goes
    expect(cache.size).toBe(2);
    expect(cache.get('a', () => sprite('rebuilt a')).name).toBe('a');
    expect(cache.get('b', () => sprite('rebuilt b')).name).toBe('rebuilt b');
  });
});
