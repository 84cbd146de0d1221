import { describe, expect, it } from 'vitest';
import { cleanText, filterWords, programText, wrapLines } from '../../../src/renderer/compositor/text-safety';

const monospace = (s: string) => [...s].length * 10;

describe('buyer text on the program', () => {
  it('is shown as the characters typed: markup stays text (it is drawn with fillText, never parsed)', () => {
    const text = '<img src=x onerror=alert(1)> & <b>hi</b>';
    expect(programText(text, [])).toBe(text);
  });

  it('loses control and bidi-override characters, which could hide or reverse what is shown', () => {
    expect(cleanText('evil\u202Egnp.exe')).toBe('evil gnp.exe');
    expect(cleanText('line\nbreak\ttab\u0000nul')).toBe('line break tab nul');
    expect(cleanText('a\u2066b\u2069c')).toBe('a b c');
  });

  it('is bounded in length, counting characters rather than UTF-16 units', () => {
    const long = '😀'.repeat(300);
    const cleaned = cleanText(long, 10);
    expect([...cleaned]).toHaveLength(10);
    expect(cleaned.endsWith('…')).toBe(true);
  });

  it('masks the show’s filtered words, whole words in any case, and nothing else', () => {
    const words = ['darn', 'heck'];
    expect(filterWords('Darn it, what the HECK', words)).toBe('•••• it, what the ••••');
    expect(filterWords('darning socks in Hecktown', words)).toBe('darning socks in Hecktown');
    expect(filterWords('darn-darn!', words)).toBe('••••-••••!');
    expect(filterWords('nothing to see', [])).toBe('nothing to see');
  });

  it('treats filter words as words, not patterns', () => {
    expect(filterWords('a.b and axb', ['a.b'])).toBe('••• and axb');
    expect(filterWords('anything stays', ['(.*)'])).toBe('anything stays');
  });

  it('filters after cleaning, so a control character cannot smuggle a word past the filter', () => {
    expect(programText('dar\u200Bn d\u00ADarn', ['darn'])).toBe('•••• ••••'); // invisible joiners and soft hyphens go
    expect(programText('d\u0000arn darn', ['darn'])).toBe('d arn ••••');
  });

  it('wraps to the width and line count given, ending in an ellipsis when cut', () => {
    expect(wrapLines('one two three four', 90, 3, monospace)).toEqual(['one two', 'three', 'four']);
    const cut = wrapLines('aaaa bbbb cccc dddd eeee', 90, 2, monospace);
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith('…')).toBe(true);
    expect(wrapLines('supercalifragilistic', 60, 2, monospace)).toEqual(['super…']);
  });
});
