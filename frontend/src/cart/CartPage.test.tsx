import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, catalogNoise, problem, session } from '../test/accountFixtures';
import { blackPhone, cartBackend, greenPhone, guestCartId, tea } from '../test/cartFixtures';
import { fakeServer, renderApp, type Reply, type SeenRequest } from '../test/renderApp';
import { cartIdStorageKey } from './guestCartId';
import type { CartLine } from './types';

/**
 * The shop's API: signed out at first unless `signedIn`; sign-in by password and sign-out work; carts as functions/cart
 * keeps them, for `customer` and the guest cart `guest` (stored as this browser's); `route` answers first.
 */
function shop({
  signedIn = false,
  customer = [],
  guest,
  route = () => undefined,
}: {
  signedIn?: boolean;
  customer?: CartLine[];
  guest?: CartLine[];
  route?: (request: SeenRequest) => Reply | undefined;
} = {}) {
  const backend = cartBackend();
  backend.state.customer = customer;
  if (guest) {
    backend.guests.set(guestCartId, guest);
    localStorage.setItem(cartIdStorageKey, guestCartId);
  }
  const server = fakeServer((request) => {
    if (request.path === '/auth/refresh') return signedIn ? { status: 200, body: session() } : problem(401);
    if (request.path === '/auth/login') return { status: 200, body: session() };
    if (request.path === '/auth/logout') return { status: 204, body: '' };
    return route(request) ?? backend.route(request) ?? catalogNoise(request);
  });
  return { ...server, backend };
}

const location = () => screen.getByTestId('location').textContent;
const lineElement = (sku: string) => screen.getAllByTestId('cart-line').find((line) => line.dataset.sku === sku)!;
const lineOf = (sku: string) => within(lineElement(sku));
const headerCount = () => screen.queryByTestId('cart-count')?.dataset.count;
const subtotal = () => screen.getByTestId('cart-subtotal').textContent;
const sent = (server: ReturnType<typeof shop>, call: string) =>
  server.requests.filter((r) => `${r.config.method?.toUpperCase()} ${r.path}` === call).map(bodyOf);

beforeEach(() => {
  localStorage.setItem('ultramarket.language', 'en');
});

describe('cart page', () => {
  it('lists each line with its photo, name, options, prices and notices, and the subtotal of what can be bought', async () => {
    const server = shop({
      signedIn: true,
      customer: [
        { ...blackPhone, quantity: 2 },
        {
          ...greenPhone,
          quantity: 3,
          notices: [{ code: 'price-changed', message: 'The price changed from 5 599 000 UZS to 5 799 000.50 UZS.' }],
        },
        {
          ...tea,
          available: false,
          maxQuantity: 0,
          notices: [{ code: 'unavailable', message: 'This product is no longer sold.' }],
        },
      ],
    });
    renderApp('/cart', server.adapter, { startSession: true });

    await screen.findAllByTestId('cart-line');
    expect(screen.getByTestId('page-title').textContent).toBe('Cart');
    expect(document.title).toBe('Cart — UltraMarket');

    const black = lineOf('A55-BLK-128');
    expect(black.getByRole('link', { name: 'Smartfon Samsung Galaxy A55' }).getAttribute('href')).toBe(
      '/p/samsung-galaxy-a55?sku=A55-BLK-128',
    );
    expect(black.getByTestId('line-options').textContent).toBe('Rang: qora, Ichki xotira: 128 GB');
    expect(black.getByTestId('price').textContent).toBe('4\u00a0999\u00a0000\u00a0UZS');
    expect(black.getByTestId('compare-at-price').textContent).toBe('Old price: 5\u00a0499\u00a0000\u00a0UZS');
    expect(black.getByTestId('line-total').textContent).toBe('Total: 9\u00a0998\u00a0000\u00a0UZS');
    expect(black.getByLabelText<HTMLInputElement>('Quantity: Smartfon Samsung Galaxy A55').value).toBe('2');
    expect(lineElement('A55-BLK-128').querySelector('img')?.getAttribute('src')).toBe('/images/products/samsung-galaxy-a55/1.jpg');

    const green = lineOf('A55-GRN-256');
    expect(green.queryByTestId('compare-at-price')).toBeNull();
    expect(green.getByTestId('notice').textContent).toBe('The price changed from 5 599 000 UZS to 5 799 000.50 UZS.');
    expect(green.getByTestId('notice').dataset.code).toBe('price-changed');
    expect(green.getByRole('button', { name: 'One more: Smartfon Samsung Galaxy A55' })).toHaveProperty('disabled', true); // 3 of 3

    const teaLine = lineOf('TEA-1');
    expect(teaLine.getByText('Not counted in the total')).toBeTruthy();
    expect(teaLine.getByTestId('notice').textContent).toBe('This product is no longer sold.');
    expect(teaLine.getByLabelText('Quantity: Ahmad Tea Earl Grey')).toHaveProperty('disabled', true);
    expect(teaLine.getByTestId('image-placeholder')).toBeTruthy();

    // 2 × 4 999 000 + 3 × 5 799 000,50; the tea cannot be bought, so it is not counted.
    expect(subtotal()).toBe('27\u00a0395\u00a0001.50\u00a0UZS');
    expect(screen.getByTestId('cart-item-count').textContent).toBe('(6 items)');
    expect(screen.getByText('Products that cannot be bought now are not counted.')).toBeTruthy();
    expect(headerCount()).toBe('6');
    expect(screen.getByTestId('checkout').getAttribute('href')).toBe('/checkout');
  });

  it('reads the cart again in the language the shopper switches to', async () => {
    const user = userEvent.setup();
    const server = shop({ signedIn: true, customer: [blackPhone] });
    renderApp('/cart', server.adapter, { startSession: true });
    await screen.findAllByTestId('cart-line');

    await user.click(screen.getByTestId('lang-ru'));

    expect(await screen.findByText('Итого')).toBeTruthy();
    await waitFor(() =>
      expect(server.requests.filter((r) => r.path === '/cart').map((r) => r.config.headers.get('Accept-Language'))).toEqual([
        'en',
        'ru',
      ]),
    );
    expect(subtotal()).toBe('4\u00a0999\u00a0000\u00a0сум');
  });

  it('“one more” sends PATCH; the quantity, subtotal and header count follow the answer', async () => {
    const user = userEvent.setup();
    const server = shop({ signedIn: true, customer: [blackPhone] });
    renderApp('/cart', server.adapter, { startSession: true });
    await screen.findAllByTestId('cart-line');
    expect(headerCount()).toBe('1');

    await user.click(lineOf('A55-BLK-128').getByRole('button', { name: 'One more: Smartfon Samsung Galaxy A55' }));

    await waitFor(() => expect(subtotal()).toBe('9\u00a0998\u00a0000\u00a0UZS'));
    expect(sent(server, 'PATCH /cart/items/A55-BLK-128')).toEqual([{ quantity: 2 }]);
    expect(lineOf('A55-BLK-128').getByLabelText<HTMLInputElement>('Quantity: Smartfon Samsung Galaxy A55').value).toBe('2');
    expect(headerCount()).toBe('2');
  });

  it('a typed quantity is sent once the field is left; more than can be bought becomes the most that can', async () => {
    const user = userEvent.setup();
    const server = shop({ signedIn: true, customer: [greenPhone] }); // 3 can be bought
    renderApp('/cart', server.adapter, { startSession: true });
    const field = await screen.findByLabelText<HTMLInputElement>('Quantity: Smartfon Samsung Galaxy A55');

    await user.clear(field);
    await user.type(field, '7');
    expect(sent(server, 'PATCH /cart/items/A55-GRN-256')).toEqual([]);
    await user.tab();

    await waitFor(() => expect(headerCount()).toBe('3'));
    expect(sent(server, 'PATCH /cart/items/A55-GRN-256')).toEqual([{ quantity: 3 }]);
    expect(field.value).toBe('3');
  });

  it('a line short of stock, not counted, comes down to what is left with one “one fewer”', async () => {
    const user = userEvent.setup();
    const short = { ...greenPhone, quantity: 5, maxQuantity: 2, available: false };
    const server = shop({
      signedIn: true,
      customer: [{ ...short, notices: [{ code: 'short', message: 'Only 2 left.' }] }, blackPhone],
    });
    renderApp('/cart', server.adapter, { startSession: true });
    await screen.findAllByTestId('cart-line');
    const green = lineOf('A55-GRN-256');
    expect(green.getByTestId('notice').textContent).toBe('Only 2 left.');
    expect(green.getByText('Not counted in the total')).toBeTruthy();
    expect(subtotal()).toBe('4\u00a0999\u00a0000\u00a0UZS');
    expect(green.getByRole('button', { name: 'One more: Smartfon Samsung Galaxy A55' })).toHaveProperty('disabled', true);

    await user.click(green.getByRole('button', { name: 'One fewer: Smartfon Samsung Galaxy A55' }));

    expect(sent(server, 'PATCH /cart/items/A55-GRN-256')).toEqual([{ quantity: 2 }]);
    await waitFor(() => expect(headerCount()).toBe('3'));
  });

  it('shows the API’s refusal beside the line, and the quantity stays what the cart holds', async () => {
    const user = userEvent.setup();
    const server = shop({
      signedIn: true,
      customer: [blackPhone],
      route: (request) =>
        request.config.method === 'patch'
          ? { status: 409, body: { status: 409, title: 'Conflict', detail: 'Only 1 can be bought now.' } }
          : undefined,
    });
    renderApp('/cart', server.adapter, { startSession: true });
    await screen.findAllByTestId('cart-line');

    await user.click(lineOf('A55-BLK-128').getByRole('button', { name: 'One more: Smartfon Samsung Galaxy A55' }));

    expect((await screen.findByTestId('line-error')).textContent).toBe('Only 1 can be bought now.');
    expect(lineOf('A55-BLK-128').getByTestId('line-error').getAttribute('role')).toBe('alert');
    expect(lineOf('A55-BLK-128').getByLabelText<HTMLInputElement>('Quantity: Smartfon Samsung Galaxy A55').value).toBe('1');
    // The cart on screen was out of date: it is read again.
    await waitFor(() => expect(sent(server, 'GET /cart')).toHaveLength(2));
  });

  it('“remove” sends DELETE; with the last line gone the cart says it is empty and leads home', async () => {
    const user = userEvent.setup();
    const server = shop({ signedIn: true, customer: [blackPhone, tea] });
    renderApp('/cart', server.adapter, { startSession: true });
    await screen.findAllByTestId('cart-line');

    await user.click(screen.getByRole('button', { name: 'Remove from the cart: Ahmad Tea Earl Grey' }));
    await waitFor(() => expect(screen.getAllByTestId('cart-line')).toHaveLength(1));
    expect(subtotal()).toBe('4\u00a0999\u00a0000\u00a0UZS');
    await user.click(screen.getByRole('button', { name: 'Remove from the cart: Smartfon Samsung Galaxy A55' }));

    const empty = await screen.findByTestId('cart-empty');
    expect(empty.textContent).toContain('Your cart is empty');
    expect(within(empty).getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/');
    expect(server.requests.filter((r) => r.config.method === 'delete').map((r) => r.path)).toEqual([
      '/cart/items/TEA-1',
      '/cart/items/A55-BLK-128',
    ]);
    expect(headerCount()).toBeUndefined();
  });

  it('empties the whole cart only once asked again', async () => {
    const user = userEvent.setup();
    const server = shop({ signedIn: true, customer: [blackPhone, tea] });
    renderApp('/cart', server.adapter, { startSession: true });
    await screen.findAllByTestId('cart-line');

    await user.click(screen.getByRole('button', { name: 'Empty the cart' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getAllByTestId('cart-line')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Empty the cart' }));
    await user.click(screen.getByRole('button', { name: 'Yes, empty it' }));

    await screen.findByTestId('cart-empty');
    expect(sent(server, 'DELETE /cart')).toHaveLength(1);
  });

  it('a guest checks out through sign-in and comes back to the cart, the guest cart merged into the account’s', async () => {
    const user = userEvent.setup();
    const server = shop({ customer: [{ ...greenPhone, quantity: 2 }], guest: [{ ...greenPhone, quantity: 2 }, tea] });
    renderApp('/cart', server.adapter, { startSession: true });
    await screen.findAllByTestId('cart-line');
    expect(lineOf('A55-GRN-256').getByLabelText<HTMLInputElement>('Quantity: Smartfon Samsung Galaxy A55').value).toBe('2');
    expect(screen.getByText('The products in your cart stay with you when you sign in.')).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Sign in to check out' }));
    expect(location()).toBe('/signin?next=%2Fcart');
    await user.click(await screen.findByRole('radio', { name: 'Password' }));
    await user.type(screen.getByLabelText('Phone number'), '+998 90 123 45 67');
    await user.type(screen.getByLabelText('Password', { selector: 'input[type=password]' }), 'tashkent-2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(location()).toBe('/cart'));
    await waitFor(() => expect(headerCount()).toBe('4'));
    expect(lineOf('A55-GRN-256').getByLabelText<HTMLInputElement>('Quantity: Smartfon Samsung Galaxy A55').value).toBe('3');
    expect(lineOf('TEA-1')).toBeTruthy();
    const merge = server.requests.filter((r) => r.path === '/cart/merge');
    expect(merge).toHaveLength(1);
    expect(merge[0]?.config.headers.get('X-Cart-Id')).toBe(guestCartId);
    expect(localStorage.getItem(cartIdStorageKey)).toBeNull();

    // What did not fit is said once: here, and not again on the next page.
    const news = screen.getByTestId('merge-news');
    expect(within(news).getByTestId('cart-notice').textContent).toBe('Only 1 more of Smartfon Samsung Galaxy A55 could be added.');
    expect(screen.getByTestId('checkout').getAttribute('href')).toBe('/checkout');
    await user.click(screen.getByRole('link', { name: 'Home' }));
    await waitFor(() => expect(location()).toBe('/'));
    expect(screen.queryByTestId('merge-news')).toBeNull();
  });

  it('after signing in elsewhere, what the merge could not carry over shows as a toast until closed', async () => {
    const user = userEvent.setup();
    const server = shop({ customer: [{ ...greenPhone, quantity: 2 }], guest: [{ ...greenPhone, quantity: 2 }] });
    renderApp('/signin?next=%2F', server.adapter, { startSession: true });

    await user.click(await screen.findByRole('radio', { name: 'Password' }));
    await user.type(screen.getByLabelText('Phone number'), '+998 90 123 45 67');
    await user.type(screen.getByLabelText('Password', { selector: 'input[type=password]' }), 'tashkent-2026');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(location()).toBe('/'));
    const toast = await screen.findByTestId('merge-news');
    expect(within(toast).getByTestId('cart-notice').textContent).toBe('Only 1 more of Smartfon Samsung Galaxy A55 could be added.');
    expect(within(toast).getByRole('link', { name: 'Go to cart' }).getAttribute('href')).toBe('/cart');
    await user.click(within(toast).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('merge-news')).toBeNull();
  });

  it('a customer’s checkout shows what will be ordered', async () => {
    const user = userEvent.setup();
    const server = shop({ signedIn: true, customer: [{ ...blackPhone, quantity: 2 }, tea] });
    renderApp('/cart', server.adapter, { startSession: true });
    await screen.findAllByTestId('cart-line');

    await user.click(screen.getByRole('link', { name: 'Proceed to checkout' }));

    expect((await screen.findByTestId('page-title')).textContent).toBe('Checkout');
    const summary = await screen.findByTestId('checkout-summary');
    expect(within(summary).getByText(/Smartfon Samsung Galaxy A55 × 2/)).toBeTruthy();
    expect(screen.getByTestId('checkout-subtotal').textContent).toBe('10\u00a0033\u00a0000\u00a0UZS');
    expect(screen.getByRole('link', { name: 'Back to the cart' }).getAttribute('href')).toBe('/cart');
  });

  it('checkout sends a guest to sign in first', async () => {
    renderApp('/checkout', shop().adapter, { startSession: true });
    await waitFor(() => expect(location()).toBe('/signin?next=%2Fcheckout'));
  });

  it('signing out leaves the guest’s cart on screen: empty, the account’s cart gone with the session', async () => {
    const user = userEvent.setup();
    const server = shop({ signedIn: true, customer: [blackPhone] });
    renderApp('/cart', server.adapter, { startSession: true });
    await screen.findAllByTestId('cart-line');

    await user.click(screen.getByTestId('account-button'));
    await user.click(screen.getByTestId('signout'));

    await screen.findByTestId('cart-empty');
    expect(headerCount()).toBeUndefined();
    const last = server.requests.filter((r) => r.path === '/cart').at(-1);
    expect(last?.config.headers.has('Authorization')).toBe(false);
    expect(last?.config.headers.has('X-Cart-Id')).toBe(false);
  });
});
