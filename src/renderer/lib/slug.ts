/** "Crème Brûlée & Co!" → "creme-brulee-co": lower-case letters, digits and single dashes. */
export function slugify(text: string, maxLength: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Crème" → "creme"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** A show's store address from its title, within the show slug rule's 48 characters. */
export const slugFromTitle = (title: string): string => slugify(title, 48);
