import { hasControlCharacters } from '../../shared/text';

/**
 * Buyer text on the program: always drawn with canvas fillText (never parsed as markup), stripped
 * of anything that can hide or reorder text, bounded in length, and passed through the show's word
 * filter. Pure functions, unit-tested.
 */
export const MAX_ALERT_TEXT = 200;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;

/** Keeps only characters that render as themselves; collapses whitespace. */
export function cleanText(text: string, maxLength = MAX_ALERT_TEXT): string {
  let out = '';
  for (const char of text) {
    // Invisible joiners would let "da\u200Brn" slip past the word filter: they go entirely.
    if (INVISIBLE.test(char)) continue;
    out += hasControlCharacters(char) ? ' ' : char;
  }
  out = out.replace(/\s+/g, ' ').trim();
  const chars = [...out];
  return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : out;
}

/** Masks each filtered word: whole words, any case, letters of any script. */
export function filterWords(text: string, words: readonly string[]): string {
  if (words.length === 0) return text;
  const escaped = words.filter((w) => w.trim()).map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, (match) => '•'.repeat([...match].length));
}

/** What the program shows for one piece of buyer text. */
export function programText(text: string, words: readonly string[], maxLength = MAX_ALERT_TEXT): string {
  return filterWords(cleanText(text, maxLength), words);
}

/** Breaks text into at most `maxLines` lines no wider than `maxWidth`, using the canvas's own measure. */
export function wrapLines(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const words = text.split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = fitWord(word, maxWidth, measure);
    if (lines.length === maxLines) break;
  }
  if (line && lines.length < maxLines) lines.push(line);
  if (lines.length === maxLines && lines.join(' ').length < text.length) {
    const last = lines[maxLines - 1] ?? '';
    lines[maxLines - 1] = ellipsize(last, maxWidth, measure);
  }
  return lines.slice(0, maxLines);
}

function fitWord(word: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(word) <= maxWidth) return word;
  return ellipsize(word, maxWidth, measure);
}

function ellipsize(text: string, maxWidth: number, measure: (s: string) => number): string {
  const chars = [...text];
  while (chars.length > 0 && measure(`${chars.join('')}…`) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}
