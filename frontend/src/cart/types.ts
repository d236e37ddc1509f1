// The cart API's shapes (functions/cart). Money is integer tiyin; names, option labels and notices follow
// Accept-Language.

/** Something the shopper should know, already written in their language; `code` says what kind it is. */
export interface Notice {
  /**
   * A line's: `price-changed`, `out-of-stock`, `short` (fewer can be sold than it holds), `unavailable` (no longer
   * sold). The cart's, after a merge: `merge-capped`, `merge-line-limit`. The details each code carries (old and new
   * price, how many can be sold, which SKU) are already told in `message`.
   */
  code: string;
  message: string;
}

/** The most one cart line may hold (the API's limit). */
export const LINE_LIMIT = 99;

export interface LineOption {
  key: string;
  name: string;
  value: string | number | boolean;
  label: string;
}

export interface CartLine {
  sku: string;
  productSlug: string;
  name: string;
  /** Object key of the variant's image, served at /images/<key>. */
  image: string | null;
  options: LineOption[];
  unitPrice: number;
  compareAtPrice: number | null;
  quantity: number;
  lineTotal: number;
  /** false: cannot be bought now, and not counted in the subtotal. */
  available: boolean;
  /** How many the line may hold now (stock and the limit of 99), 0 when none can be bought. */
  maxQuantity: number;
  notices: Notice[];
}

export interface Cart {
  /** The cart's id; null for a cart not made yet (a guest who has added nothing). */
  id: string | null;
  lines: CartLine[];
  /** Every line's quantity summed, unavailable ones too. */
  itemCount: number;
  /** What the available lines cost, tiyin. */
  subtotal: number;
  notices: Notice[];
}

export function isCart(value: unknown): value is Cart {
  if (typeof value !== 'object' || value === null) return false;
  const cart = value as Record<string, unknown>;
  return (
    Array.isArray(cart.lines) &&
    Array.isArray(cart.notices) &&
    typeof cart.itemCount === 'number' &&
    typeof cart.subtotal === 'number'
  );
}
