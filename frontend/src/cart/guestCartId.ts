// A guest's cart is known by the id the API gave it when it was made. The id is kept in this browser (every tab shares
// it) and sent as X-Cart-Id while signed out, until the shopper signs in and the cart joins their account's.

export const cartIdStorageKey = 'ultramarket.cartId';

// The API's ids are base64url; anything else in storage was not put there by the shop, and would not even make a header.
const CART_ID = /^[A-Za-z0-9_-]+$/;

// Storage can be unavailable (privacy modes, blocked cookies); a guest cart then lasts only until the id is needed.
export function loadCartId(): string | null {
  try {
    const id = localStorage.getItem(cartIdStorageKey);
    return id !== null && CART_ID.test(id) ? id : null;
  } catch {
    return null;
  }
}

export function saveCartId(id: string): void {
  try {
    localStorage.setItem(cartIdStorageKey, id);
  } catch {
    // See loadCartId.
  }
}

/** Lets go of `id`, if it is still the one kept: a cart made meanwhile (by another request or tab) stays. */
export function forgetCartId(id: string): void {
  try {
    if (localStorage.getItem(cartIdStorageKey) === id) localStorage.removeItem(cartIdStorageKey);
  } catch {
    // See loadCartId.
  }
}
