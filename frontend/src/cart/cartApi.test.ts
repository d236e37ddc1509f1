import { describe, expect, it } from 'vitest';
import { accountApi } from '../account/accountApi';
import { makeStore } from '../app/store';
import { signOut } from '../auth/sessionKeeper';
import { problem, session } from '../test/accountFixtures';
import { blackPhone, cartBackend, cartOf, greenPhone, guestCartId, tea } from '../test/cartFixtures';
import { fakeServer, type Reply, type SeenRequest } from '../test/renderApp';
import { cartApi, cartKeyOf } from './cartApi';
import { cartIdStorageKey } from './guestCartId';

/** Lets every pending promise and zero-delay timer run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function waitUntil(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await settle();
  expect(condition()).toBe(true);
}

/** The shop's API: signed out at first (the refresh cookie is refused) unless `signedIn`; carts as functions/cart keeps them. */
function shop({
  signedIn = false,
  cart,
}: { signedIn?: boolean; cart?: (request: SeenRequest) => Reply | undefined | Promise<Reply | undefined> } = {}) {
  const backend = cartBackend();
  const server = fakeServer((request) => {
    if (request.path === '/auth/refresh') return signedIn ? { status: 200, body: session() } : problem(401);
    if (request.path === '/auth/login') return { status: 200, body: session() };
    if (request.path === '/auth/logout') return { status: 204, body: '' };
    return (cart ?? backend.route)(request);
  });
  return { ...server, backend };
}

/** A store whose first refresh has answered, as the app is once the page has loaded. */
async function loaded(server: ReturnType<typeof shop>) {
  const store = makeStore({ adapter: server.adapter, startSession: true });
  await waitUntil(() => store.getState().auth.status !== 'unknown');
  return store;
}

type Store = Awaited<ReturnType<typeof loaded>>;

/** Reads the cart on screen now, as the header does (once the answer of a change before has been put on screen). */
async function readCart(store: Store) {
  await settle();
  const query = store.dispatch(cartApi.endpoints.cart.initiate(cartKeyOf(store.getState())!, { forceRefetch: true }));
  try {
    return await query.unwrap();
  } finally {
    query.unsubscribe();
  }
}

const add = (store: Store, sku: string, quantity: number) =>
  store.dispatch(cartApi.endpoints.addItem.initiate({ sku, quantity })).unwrap();

/** Signs in as the sign-in page does (its request ends as the session starts: what was on screen goes with it). */
async function signIn(store: Store) {
  void store.dispatch(accountApi.endpoints.login.initiate({ phone: '+998901234567', password: 'parol-1234' }));
  await waitUntil(() => store.getState().auth.status === 'signedIn');
}

/** The cart requests as the server saw them: which cart they named, by guest id and by token. */
const cartRequests = (requests: SeenRequest[]) =>
  requests
    .filter((r) => r.path.startsWith('/cart'))
    .map((r) => ({
      call: `${r.config.method?.toUpperCase()} ${r.path}`,
      cartId: r.config.headers.get('X-Cart-Id') ?? null,
      bearer: r.config.headers.has('Authorization'),
    }));

const storedId = () => localStorage.getItem(cartIdStorageKey);

describe('the cart API client', () => {
  it('a guest’s first add makes a cart: its id (from X-Cart-Id) is kept and named by every later request', async () => {
    const server = shop();
    const store = await loaded(server);

    await add(store, 'A55-BLK-128', 2);
    const id = storedId();
    expect(id).toMatch(/^NewGuestCart1/);
    expect((await readCart(store)).itemCount).toBe(2);
    await add(store, 'TEA-1', 1);

    expect(cartRequests(server.requests)).toEqual([
      { call: 'POST /cart/items', cartId: null, bearer: false },
      { call: 'GET /cart', cartId: id, bearer: false },
      { call: 'POST /cart/items', cartId: id, bearer: false },
    ]);
    expect(storedId()).toBe(id);
  });

  it('keeps the id from the body when the header is missing, and lets go of one the API no longer knows', async () => {
    let reply = cartOf([blackPhone], guestCartId);
    const server = shop({ cart: (request) => (request.path.startsWith('/cart') ? { status: 200, body: reply } : undefined) });
    const store = await loaded(server);

    await add(store, 'A55-BLK-128', 1);
    expect(storedId()).toBe(guestCartId);

    reply = cartOf([], null); // the guest cart expired
    expect((await readCart(store)).lines).toEqual([]);
    expect(storedId()).toBeNull();
  });

  it('an empty answer to a read that named no cart does not forget the cart an add made meanwhile', async () => {
    let answerRead: (reply: Reply) => void = () => {};
    const backend = cartBackend();
    const server = shop({
      cart: (request) =>
        request.path === '/cart' ? new Promise<Reply>((resolve) => (answerRead = resolve)) : backend.route(request),
    });
    const store = await loaded(server);

    const read = store.dispatch(cartApi.endpoints.cart.initiate(cartKeyOf(store.getState())!)); // as the page loads
    await add(store, 'A55-BLK-128', 1);
    const id = storedId();
    expect(id).toMatch(/^NewGuestCart1/);
    answerRead({ status: 200, body: cartOf([], null) }); // the read left before the cart was made
    await read;

    expect(storedId()).toBe(id);
  });

  it('a customer’s changes carry the token, never the guest id; their cart’s id is not kept in the browser', async () => {
    localStorage.setItem(cartIdStorageKey, guestCartId); // left from before signing in, not merged yet
    const server = shop({ signedIn: true });
    server.backend.guests.set(guestCartId, [tea]);
    const store = await loaded(server);

    await add(store, 'A55-BLK-128', 1);

    expect(cartRequests(server.requests)).toEqual([{ call: 'POST /cart/items', cartId: null, bearer: true }]);
    expect(storedId()).toBe(guestCartId);
    expect(server.backend.state.customer.map((l) => l.sku)).toEqual(['A55-BLK-128']);
  });

  it('signing in merges the guest cart into the customer’s, once, then forgets its id', async () => {
    const server = shop();
    server.backend.state.customer = [{ ...greenPhone, quantity: 1 }];
    const store = await loaded(server);
    await add(store, 'A55-BLK-128', 2);
    const guestId = storedId();

    await signIn(store);
    const cart = await readCart(store);

    expect(cart.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['A55-GRN-256', 1],
      ['A55-BLK-128', 2],
    ]);
    expect(storedId()).toBeNull();
    expect(server.backend.guests.has(guestId!)).toBe(false);
    // Merged once: the next read is a plain one.
    await readCart(store);
    expect(cartRequests(server.requests).slice(1)).toEqual([
      { call: 'POST /cart/merge', cartId: guestId, bearer: true },
      { call: 'GET /cart', cartId: null, bearer: true },
    ]);
  });

  it('what a merge could not carry over is news to show once, not part of the cart', async () => {
    const server = shop();
    server.backend.state.customer = [{ ...greenPhone, quantity: 2 }]; // 3 can be sold
    const store = await loaded(server);
    await add(store, 'A55-GRN-256', 2);

    await signIn(store);
    const cart = await readCart(store);

    expect(cart.lines.map((l) => [l.sku, l.quantity])).toEqual([['A55-GRN-256', 3]]);
    expect(cart.notices).toEqual([]);
    expect(store.getState().cartNews.mergeNotices).toEqual([
      { code: 'merge-capped', message: 'Only 1 more of Smartfon Samsung Galaxy A55 could be added.' },
    ]);
  });

  it('an id the API refuses as malformed is forgotten, and the guest asks again without one', async () => {
    localStorage.setItem(cartIdStorageKey, 'not-a-cart-id');
    const server = shop();
    const store = await loaded(server);

    expect(await readCart(store)).toEqual(cartOf([], null));
    expect(storedId()).toBeNull();
    expect(cartRequests(server.requests)).toEqual([
      { call: 'GET /cart', cartId: 'not-a-cart-id', bearer: false },
      { call: 'GET /cart', cartId: null, bearer: false },
    ]);
  });

  it('a customer whose stored id the merge refuses gets their own cart, and the id is forgotten', async () => {
    localStorage.setItem(cartIdStorageKey, 'not-a-cart-id');
    const server = shop({ signedIn: true });
    server.backend.state.customer = [blackPhone];
    const store = await loaded(server);

    expect((await readCart(store)).lines.map((l) => l.sku)).toEqual(['A55-BLK-128']);
    expect(storedId()).toBeNull();
    expect(cartRequests(server.requests)).toEqual([
      { call: 'POST /cart/merge', cartId: 'not-a-cart-id', bearer: true },
      { call: 'GET /cart', cartId: null, bearer: true },
    ]);
  });

  it('after signing out the cart is the guest’s again, empty (the guest cart was merged)', async () => {
    const server = shop({ signedIn: true });
    server.backend.state.customer = [blackPhone];
    const store = await loaded(server);
    expect((await readCart(store)).itemCount).toBe(1);

    await store.dispatch(signOut()).unwrap();
    expect(cartKeyOf(store.getState())).toEqual({ owner: 'guest', lang: 'uz' });
    expect(await readCart(store)).toEqual(cartOf([], null));
    expect(cartRequests(server.requests).at(-1)).toEqual({ call: 'GET /cart', cartId: null, bearer: false });
  });
});
