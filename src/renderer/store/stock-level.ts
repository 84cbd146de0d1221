/**
 * How much of a merch variant is left, as the catalog's `stock` select reads it: the card's stock
 * list and the order form's options say "sold out", "only 2 left" or "in stock" from the same rule.
 */
export function stockLevel(available: number): { stock: 'soldOut' | 'low' | 'plenty'; count: number } {
  return { stock: available <= 0 ? 'soldOut' : available <= 3 ? 'low' : 'plenty', count: available };
}
