import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/shared/i18n/locale';
import { CATALOGS, type MessageId } from '../../../src/shared/i18n/messages';

/**
 * Every catalog against the English one: the same keys (the typecheck holds this too), ICU syntax
 * that parses, the same placeholders (a French message that drops `{count}` or renames it would
 * show a raw brace on stream), and plurals with the `one` and `other` forms both languages need.
 */
function placeholders(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) placeholders(option.value, into);
    }
    if (el.type === TYPE.tag) {
      into.add(`<${el.value}>`);
      placeholders(el.children, into);
    }
  }
  return into;
}

function plurals(elements: readonly MessageFormatElement[], into: string[][] = []): string[][] {
  for (const el of elements) {
    if (el.type === TYPE.plural) {
      into.push(Object.keys(el.options));
      for (const option of Object.values(el.options)) plurals(option.value, into);
    }
    if (el.type === TYPE.select) for (const option of Object.values(el.options)) plurals(option.value, into);
    if (el.type === TYPE.tag) plurals(el.children, into);
  }
  return into;
}

const english = CATALOGS.en;
const ids = Object.keys(english) as MessageId[];

describe('message catalogs', () => {
  it('has messages', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  for (const locale of LOCALES) {
    it(`${locale}: the same keys as English, each valid ICU with English's placeholders and full plurals`, () => {
      const catalog = CATALOGS[locale];
      expect(Object.keys(catalog).sort()).toEqual([...ids].sort());
      const problems: string[] = [];
      for (const id of ids) {
        const text = catalog[id];
        let ast: MessageFormatElement[];
        try {
          ast = parse(text, { requiresOtherClause: true });
        } catch (error) {
          problems.push(`${id}: does not parse (${(error as Error).message})`);
          continue;
        }
        if (text.trim() === '') problems.push(`${id}: is empty`);
        const mine = [...placeholders(ast)].sort();
        const theirs = [...placeholders(parse(english[id]))].sort();
        if (JSON.stringify(mine) !== JSON.stringify(theirs)) problems.push(`${id}: placeholders ${mine.join(',')} instead of ${theirs.join(',')}`);
        for (const forms of plurals(ast)) if (!forms.includes('one') || !forms.includes('other')) problems.push(`${id}: a plural without "one" and "other"`);
      }
      expect(problems).toEqual([]);
    });
  }
});
