import type { Cart, CartLine, Notice } from '../cart/types';
import { bodyOf } from './accountFixtures';
import type { Reply, SeenRequest } from './renderApp';

// Stand-ins for the cart API's answers, shaped as the API serves them (functions/cart).

/** A guest cart id as the API makes them: 32 base64url characters. */
export const guestCartId = 'GuestCart_0123456789abcdefghijkl';

export const blackPhone: CartLine = {
  sku: 'A55-BLK-128',
  productSlug: 'samsung-galaxy-a55',
  name: 'Smartfon Samsung Galaxy A55',
  image: 'products/samsung-galaxy-a55/1.jpg',
  options: [
    { key: 'color', name: 'Rang', value: 'black', label: 'qora' },
    { key: 'storage_gb', name: 'Ichki xotira', value: 128, label: '128 GB' },
  ],
  unitPrice: 499900000,
  compareAtPrice: 549900000,
  quantity: 1,
  lineTotal: 499900000,
  available: true,
  maxQuantity: 99,
  notices: [],
};

export const greenPhone: CartLine = {
  ...blackPhone,
  sku: 'A55-GRN-256',
  image: 'products/samsung-galaxy-a55/3.jpg',
  options: [
    { key: 'color', name: 'Rang', value: 'green', label: 'yashil' },
    { key: 'storage_gb', name: 'Ichki xotira', value: 256, label: '256 GB' },
  ],
  unitPrice: 579900050,
  compareAtPrice: null,
  lineTotal: 579900050,
  maxQuantity: 3,
};

export const tea: CartLine = {
  sku: 'TEA-1',
  productSlug: 'ahmad-tea',
  name: 'Ahmad Tea Earl Grey',
  image: null,
  options: [],
  unitPrice: 3500000,
  compareAtPrice: null,
  quantity: 1,
  lineTotal: 3500000,
  available: true,
  maxQuantity: 5,
  notices: [],
};

/** A cart of these lines, its count and subtotal summed as the API does (unavailable lines are not paid for). */
export function cartOf(lines: CartLine[], id: string | null = 'customer-cart', notices: Notice[] = []): Cart {
  const priced = lines.map((line) => ({ ...line, lineTotal: line.unitPrice * line.quantity }));
  return {
    id,
    lines: priced,
    itemCount: priced.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: priced.filter((line) => line.available).reduce((sum, line) => sum + line.lineTotal, 0),
    notices,
  };
}

const problemOf = (status: number, detail: string, errors: { field: string; reason: string }[] = []): Reply => ({
  status,
  body: { type: '/api/docs#problem', title: 'Problem', status, detail, errors },
});

/**
 * The cart API as functions/cart keeps it, for one customer (any Bearer token) and any number of guest carts (by
 * X-Cart-Id): adding sums with a line, up to what can be sold (409 beyond); a guest without a cart gets a new one,
 * named in the body and the X-Cart-Id header; the merge sums the guest's lines into the customer's and ends the
 * guest cart. `route` answers /cart requests and leaves the rest (undefined).
 */
export function cartBackend(products: CartLine[] = [blackPhone, greenPhone, tea]) {
  const guests = new Map<string, CartLine[]>();
  const state = { customer: [] as CartLine[], made: 0 };

  const cartIdOf = (request: SeenRequest) => request.config.headers.get('X-Cart-Id') as string | undefined;
  const bearerOf = (request: SeenRequest) => request.config.headers.get('Authorization') as string | undefined;

  function sumInto(lines: CartLine[], sku: string, quantity: number): { lines: CartLine[]; added: number } {
    const product = products.find((p) => p.sku === sku)!;
    const held = lines.find((l) => l.sku === sku)?.quantity ?? 0;
    const total = Math.min(held + quantity, product.maxQuantity);
    const line = { ...product, quantity: total };
    const next = held > 0 ? lines.map((l) => (l.sku === sku ? line : l)) : [...lines, line];
    return { lines: next, added: total - held };
  }

  function route(request: SeenRequest): Reply | undefined {
    if (request.path !== '/cart' && !request.path.startsWith('/cart/')) return undefined;
    const cartId = cartIdOf(request);
    const customer = Boolean(bearerOf(request));
    if (cartId !== undefined && !/^[A-Za-z0-9_-]{32}$/.test(cartId)) {
      return problemOf(400, 'X-Cart-Id is not a cart id.', [{ field: 'X-Cart-Id', reason: 'must be 32 base64url characters' }]);
    }
    const method = request.config.method?.toUpperCase();

    if (request.path === '/cart/merge') {
      const guest = cartId === undefined ? undefined : guests.get(cartId);
      const notices: Notice[] = [];
      for (const line of guest ?? []) {
        const merged = sumInto(state.customer, line.sku, line.quantity);
        state.customer = merged.lines;
        if (merged.added < line.quantity) {
          notices.push({ code: 'merge-capped', message: `Only ${merged.added} more of ${line.name} could be added.` });
        }
      }
      if (cartId !== undefined) guests.delete(cartId);
      return { status: 200, body: cartOf(state.customer, 'customer-cart', notices) };
    }

    // The cart the request names, made for a guest who adds without one.
    let id = customer ? 'customer-cart' : cartId !== undefined && guests.has(cartId) ? cartId : null;
    const lines = () => (customer ? state.customer : id ? (guests.get(id) ?? []) : []);
    const save = (next: CartLine[]) => {
      if (customer) state.customer = next;
      else if (id) guests.set(id, next);
    };
    const answer = (): Reply => ({
      status: 200,
      body: id ? cartOf(lines(), id) : cartOf([], null),
      headers: !customer && id ? { 'X-Cart-Id': id } : undefined,
    });

    if (request.path === '/cart' && method === 'GET') return answer();
    if (request.path === '/cart' && method === 'DELETE') {
      save([]);
      return answer();
    }
    if (request.path === '/cart/items' && method === 'POST') {
      const { sku, quantity } = bodyOf(request) as { sku: string; quantity: number };
      const product = products.find((p) => p.sku === sku);
      if (!product) return problemOf(404, `There is no product with SKU ${sku}.`, [{ field: 'sku', reason: 'is unknown' }]);
      const held = lines().find((l) => l.sku === sku)?.quantity ?? 0;
      if (held + quantity > product.maxQuantity) {
        return problemOf(409, `Only ${product.maxQuantity - held} more can be bought.`, [{ field: 'quantity', reason: 'is more than can be sold' }]);
      }
      if (!customer && !id) {
        state.made += 1;
        id = `NewGuestCart${state.made}`.padEnd(32, '0');
      }
      save(sumInto(lines(), sku, quantity).lines);
      return answer();
    }
    const sku = decodeURIComponent(request.path.replace(/^\/cart\/items\//, ''));
    const held = lines().find((l) => l.sku === sku);
    if (!held) return problemOf(404, `The cart has no ${sku}.`, [{ field: 'sku', reason: 'is not in the cart' }]);
    if (method === 'DELETE') {
      save(lines().filter((l) => l.sku !== sku));
      return answer();
    }
    const { quantity } = bodyOf(request) as { quantity: number };
    if (quantity > held.maxQuantity) return problemOf(409, `Only ${held.maxQuantity} can be bought.`);
    save(quantity === 0 ? lines().filter((l) => l.sku !== sku) : lines().map((l) => (l.sku === sku ? { ...l, quantity } : l)));
    return answer();
  }

  return { route, guests, state };
}
