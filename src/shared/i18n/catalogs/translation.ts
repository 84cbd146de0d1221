/**
 * A catalog in another language: every key of the English one, each an ICU message string. Used
 * with `satisfies`, so a missing or extra key fails the typecheck; tests/unit/i18n/catalogs.test.ts
 * checks that the ICU syntax parses and the placeholders match.
 */
export type Translation<English> = { readonly [K in keyof English]: string };
