import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Address } from '../account/accountApi';
import { bearerOf, bodyOf, catalogNoise, homeAddress, problem, session } from '../test/accountFixtures';
import { blackPhone, cartBackend, tea } from '../test/cartFixtures';
import {
  deliveryOptionsOf,
  methodOf,
  orderProblem,
  paymentLinkFor,
  pendingOrder,
  placedOrder,
  stubLeaving,
} from '../test/orderFixtures';
import { fakeServer, renderApp, type Reply, type SeenRequest } from '../test/renderApp';
import type { CartLine } from '../cart/types';

/**
 * The shop's API for a signed-in customer: their cart (cartBackend), their address book, delivery options by region,
 * POST /checkout answered by `checkout` (201 with the order by default), the order it placed, and its payment link
 * answered by `link` (the provider's page by default).
 */
function shop({
  lines = [blackPhone],
  addresses = [] as Address[],
  checkout = () => ({ status: 201, body: placedOrder, headers: { Location: '/api/orders/1000017' } }),
  link = paymentLinkFor,
}: {
  lines?: CartLine[];
  addresses?: Address[];
  checkout?: (request: SeenRequest, attempt: number) => Reply;
  link?: (request: SeenRequest, attempt: number) => Reply;
} = {}) {
  const backend = cartBackend();
  backend.state.customer = lines;
  const book = { items: addresses };
  let attempts = 0;
  let links = 0;
  let placed: unknown = placedOrder;
  const server = fakeServer((request) => {
    if (request.path === '/auth/refresh') return { status: 200, body: session() };
    if (request.path === '/me/addresses') return { status: 200, body: { items: book.items } };
    if (request.path === '/delivery/options') {
      const region = request.params.get('region') ?? '';
      return { status: 200, body: deliveryOptionsOf(region, Number(request.params.get('subtotal'))) };
    }
    if (request.path === '/checkout' && methodOf(request) === 'POST') {
      attempts += 1;
      const reply = checkout(request, attempts);
      // The server empties the cart of a placed order.
      if (reply !== 'network-error' && reply.status === 201) {
        backend.state.customer = [];
        placed = reply.body;
      }
      return reply;
    }
    if (request.path === '/orders/1000017/payment' && methodOf(request) === 'POST') {
      links += 1;
      return link(request, links);
    }
    if (request.path === '/orders/1000017') return { status: 200, body: placed };
    return backend.route(request) ?? catalogNoise(request);
  });
  return { ...server, backend, book };
}

const location = () => screen.getByTestId('location').textContent;
const posts = (server: ReturnType<typeof shop>) => server.requests.filter((r) => r.path === '/checkout');
const keyOf = (request: SeenRequest | undefined) => request?.config.headers.get('Idempotency-Key') as string | undefined;
const optionRequests = (server: ReturnType<typeof shop>) =>
  server.requests.filter((r) => r.path === '/delivery/options').map((r) => r.params.toString());
const radio = (name: RegExp | string) => screen.getByRole('radio', { name });

async function openCheckout(server: ReturnType<typeof shop>) {
  renderApp('/checkout', server.adapter, { startSession: true });
  return screen.findByTestId('checkout-form');
}

/** Enters a new address in Samarkand region, as a shopper without an address book does. */
async function newSamarkandAddress(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByLabelText('Region'), 'UZ-SA');
  await user.type(screen.getByLabelText('District or city'), 'Samarqand shahri');
  await user.type(screen.getByLabelText('Street, house and flat'), 'Registon ko‘chasi 5');
}

const linkPosts = (server: ReturnType<typeof shop>) => server.requests.filter((r) => r.path === '/orders/1000017/payment');
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeEach(() => {
  localStorage.setItem('ultramarket.language', 'en');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('checkout', () => {
  it('offers the delivery methods of the chosen address’s region, with prices and dates', async () => {
    const user = userEvent.setup();
    const server = shop({ addresses: [homeAddress] });
    await openCheckout(server);

    // The first address of the book is chosen: Tashkent city, courier only.
    expect(await screen.findByRole('radio', { name: /Tashkent city, Chilonzor tumani/ })).toHaveProperty('checked', true);
    const only = await screen.findByRole('radio', { name: /Courier to the door/ });
    expect(only.closest('label')?.textContent).toContain('Expected 4 December');
    expect(screen.getAllByTestId('delivery-option')).toHaveLength(1);
    expect(optionRequests(server)).toEqual(['region=UZ-TK&subtotal=499900000']);

    await user.click(radio('A new address'));
    await user.selectOptions(screen.getByLabelText('Region'), 'UZ-SA');

    await waitFor(() => expect(screen.getAllByTestId('delivery-option')).toHaveLength(3));
    expect(optionRequests(server)).toContain('region=UZ-SA&subtotal=499900000');
    const options = screen.getAllByTestId('delivery-option').map((option) => ({
      method: option.dataset.method,
      fee: within(option).getByTestId('delivery-fee').textContent,
      dates: within(option).getByTestId('delivery-dates').textContent,
    }));
    expect(options).toEqual([
      { method: 'courier', fee: '30\u00a0000\u00a0UZS', dates: 'Expected 5–7 December' },
      { method: 'uzpost', fee: '15\u00a0000\u00a0UZS', dates: 'Expected 8–13 December' },
      { method: 'pickup', fee: 'Free', dates: 'Expected 5–6 December' },
    ]);
    // (Testing Library reads no-break spaces as spaces.)
    expect(screen.getByText('Delivery is free for orders from 10 000 000 UZS.')).toBeTruthy();

    // The summary follows the chosen method.
    expect(screen.getByTestId('checkout-delivery-fee').textContent).toBe('not chosen yet');
    await user.click(radio(/UzPost/));
    expect(screen.getByTestId('checkout-delivery-fee').textContent).toBe('15\u00a0000\u00a0UZS');
    expect(screen.getByTestId('checkout-total').textContent).toBe('5\u00a0014\u00a0000\u00a0UZS');
  });

  it('writes the delivery in the shopper’s language', async () => {
    localStorage.setItem('ultramarket.language', 'ru');
    const server = shop({ addresses: [{ ...homeAddress, region: 'UZ-SA' }] });
    await openCheckout(server);
    const courier = await screen.findByTestId('delivery-courier');
    expect(courier.textContent).toContain('Срок: 5–7 декабря');
    expect(screen.getByTestId('delivery-pickup').textContent).toContain('Бесплатно');
    expect(radio(/Наличными при получении/)).toBeTruthy();
    expect(server.requests.find((r) => r.path === '/delivery/options')?.config.headers.get('Accept-Language')).toBe('ru');
  });

  it('lists the pickup points of the pickup method and will not place the order before one is picked', async () => {
    const user = userEvent.setup();
    const server = shop({ addresses: [{ ...homeAddress, region: 'UZ-SA' }] });
    await openCheckout(server);
    await user.click(await screen.findByRole('radio', { name: /Pickup point/ }));
    const points = screen.getByTestId('pickup-points');
    expect(within(points).getAllByRole('radio')).toHaveLength(2);
    expect(within(points).getByTestId('pickup-sa-registon').textContent).toBe(
      'UltraMarket RegistonSamarqand, Registon ko‘chasi 12Open 09:00–20:00',
    );
    await user.click(radio(/Cash on delivery/));

    await user.click(screen.getByRole('button', { name: 'Place order' }));

    expect(screen.getByTestId('checkout-pickup-error').textContent).toBe('Choose a pickup point.');
    const registon = within(points).getByRole('radio', { name: /UltraMarket Registon/ });
    expect(registon.getAttribute('aria-invalid')).toBe('true');
    expect(registon.getAttribute('aria-describedby')).toBe('checkout-pickup-error');
    expect(document.activeElement).toBe(registon);
    expect(posts(server)).toHaveLength(0);

    await user.click(registon);
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(posts(server)).toHaveLength(1));
    expect(bodyOf(posts(server)[0]!)).toEqual({
      addressId: 'addr-1',
      deliveryMethod: 'pickup',
      pickupPointId: 'sa-registon',
      paymentMethod: 'cash',
      expectedTotal: 499900000,
    });
  });

  it('asks for what is missing beside each part before sending anything', async () => {
    const user = userEvent.setup();
    const server = shop();
    await openCheckout(server);
    // No address book: a new address is asked for straight away.
    await screen.findByLabelText('Region');
    expect(screen.queryByRole('radio', { name: 'A new address' })).toBeNull();
    expect(screen.getByText('Choose the address’s region to see how we can deliver there.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Place order' }));

    expect(screen.getByTestId('checkout-address-region-error').textContent).toBe('Choose a region from the list.');
    expect(screen.getByTestId('checkout-payment-error').textContent).toBe('Choose how you will pay.');
    expect(document.activeElement).toBe(screen.getByLabelText('Region'));
    expect(posts(server)).toHaveLength(0);
  });

  it('places the order with a new key and the chosen details, then shows it as placed; the cart is read again', async () => {
    const user = userEvent.setup();
    const server = shop({ lines: [{ ...blackPhone, quantity: 2 }, tea] });
    await openCheckout(server);
    expect(screen.getByTestId('cart-count').dataset.count).toBe('3');
    await newSamarkandAddress(user);
    await user.type(screen.getByLabelText('Landmark (optional)'), '  ');
    await user.type(screen.getByLabelText('Recipient’s name (optional)'), 'Aziz');
    await user.click(await screen.findByRole('radio', { name: /Courier to the door/ }));
    await user.click(radio(/Cash on delivery/));
    await user.type(screen.getByLabelText('Comment on the order (optional)'), 'Call an hour before');
    expect(screen.getByTestId('checkout-total').textContent).toBe('10\u00a0063\u00a0000\u00a0UZS');

    await user.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(location()).toBe('/orders/1000017?placed=1'));
    const [post] = posts(server);
    expect(keyOf(post)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bearerOf(post!)).toMatch(/^Bearer token-/);
    expect(post!.config.headers.get('Accept-Language')).toBe('en');
    expect(bodyOf(post!)).toEqual({
      address: {
        region: 'UZ-SA',
        district: 'Samarqand shahri',
        street: 'Registon ko‘chasi 5',
        recipientName: 'Aziz',
        recipientPhone: '+998901234567',
      },
      deliveryMethod: 'courier',
      paymentMethod: 'cash',
      comment: 'Call an hour before',
      expectedTotal: 1006300000,
    });

    expect((await screen.findByTestId('order-placed')).textContent).toContain('Order 1000017 placed');
    expect(screen.queryByTestId('order-pay-next')).toBeNull();
    expect(screen.getByTestId('page-title').textContent).toBe('Order 1000017');
    // The server emptied the cart: it is read again, and the header counts nothing.
    await waitFor(() => expect(screen.queryByTestId('cart-count')).toBeNull());
  });

  it.each([
    ['payme', /^Payme/],
    ['click', /^Click/],
  ] as const)('places a %s order and goes straight on to the provider’s payment page', async (provider, label) => {
    const user = userEvent.setup();
    const assign = stubLeaving();
    const server = shop({
      addresses: [homeAddress],
      checkout: () => ({ status: 201, body: { ...pendingOrder, paymentMethod: provider } }),
    });
    await openCheckout(server);
    await user.click(await screen.findByRole('radio', { name: /Courier to the door/ }));
    await user.click(radio(label));
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(assign).toHaveBeenCalledWith(`https://pay.test/${provider}/1000017?lang=en`));
    expect(bodyOf(posts(server)[0]!).paymentMethod).toBe(provider);
    const [post] = linkPosts(server);
    expect(bodyOf(post!)).toEqual({ provider });
    expect(keyOf(post)).toMatch(uuid);
    expect(keyOf(post)).not.toBe(keyOf(posts(server)[0]));
    expect(bearerOf(post!)).toMatch(/^Bearer token-/);
    expect(post!.config.headers.get('Accept-Language')).toBe('en');
    // "Back" from the provider lands on the order's payment page, not on an emptied checkout.
    await waitFor(() => expect(location()).toBe('/orders/1000017/payment'));
  });

  it('says the provider’s page is being opened while the link is asked for', async () => {
    const user = userEvent.setup();
    stubLeaving();
    let answer: (reply: Reply) => void = () => {};
    const server = shop({
      addresses: [homeAddress],
      checkout: () => ({ status: 201, body: pendingOrder }),
      link: () => new Promise<Reply>((resolve) => (answer = resolve)) as unknown as Reply,
    });
    await openCheckout(server);
    await user.click(await screen.findByRole('radio', { name: /Courier to the door/ }));
    await user.click(radio(/^Payme/));
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    expect((await screen.findByTestId('checkout-leaving')).textContent).toBe(
      'Order 1000017 is placed. Opening the Payme payment page…',
    );
    answer({ status: 200, body: { provider: 'payme', url: 'https://pay.test/payme/1000017' } });
    await waitFor(() => expect(location()).toBe('/orders/1000017/payment'));
  });

  it('when no payment link comes, lands on the order’s payment page, which sends the same request again with its key', async () => {
    const user = userEvent.setup();
    const assign = stubLeaving();
    const server = shop({
      addresses: [homeAddress],
      checkout: () => ({ status: 201, body: pendingOrder }),
      link: (request, attempt) => (attempt === 1 ? { status: 503, body: { status: 503, detail: 'Payme is down' } } : paymentLinkFor(request)),
    });
    await openCheckout(server);
    await user.click(await screen.findByRole('radio', { name: /Courier to the door/ }));
    await user.click(radio(/^Payme/));
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    const problem = await screen.findByTestId('pay-problem');
    expect(problem.textContent).toBe('We could not open the payment page.Something went wrong on our side. Please try again in a moment.');
    expect(location()).toBe('/orders/1000017/payment');
    expect(screen.getByTestId('payment-pending').textContent).toContain('Waiting for the payment confirmation…');
    expect(assign).not.toHaveBeenCalled();

    // The shopper did not get to pay: the ways to pay are offered at once.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://pay.test/payme/1000017?lang=en'));
    expect(linkPosts(server)).toHaveLength(2);
    expect(keyOf(linkPosts(server)[1])).toBe(keyOf(linkPosts(server)[0]));
  });

  it('keeps today’s confirmation for cash on delivery, asking for no payment link', async () => {
    const user = userEvent.setup();
    const assign = stubLeaving();
    const server = shop({ addresses: [homeAddress] });
    await openCheckout(server);
    await user.click(await screen.findByRole('radio', { name: /Courier to the door/ }));
    await user.click(radio(/Cash on delivery/));
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(location()).toBe('/orders/1000017?placed=1'));
    expect(linkPosts(server)).toHaveLength(0);
    expect(assign).not.toHaveBeenCalled();
  });

  it('retries after a network error with the same key; a changed form is a new attempt with a new key', async () => {
    const user = userEvent.setup();
    const server = shop({
      addresses: [homeAddress],
      checkout: (_, attempt) => (attempt <= 2 ? 'network-error' : { status: 201, body: placedOrder }),
    });
    await openCheckout(server);
    await user.click(await screen.findByRole('radio', { name: /Courier to the door/ }));
    await user.click(radio(/Cash on delivery/));

    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect((await screen.findByTestId('checkout-alert')).textContent).toContain('Could not reach the server');
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(posts(server)).toHaveLength(2));
    expect(keyOf(posts(server)[1])).toBe(keyOf(posts(server)[0]));

    await user.type(screen.getByLabelText('Comment on the order (optional)'), 'Ring twice');
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(location()).toBe('/orders/1000017?placed=1'));
    expect(keyOf(posts(server)[2])).not.toBe(keyOf(posts(server)[0]));
    expect(bodyOf(posts(server)[2]!).comment).toBe('Ring twice');
  });

  it('when the total has changed, says so, reads the cart and delivery again, and places with the new total', async () => {
    const user = userEvent.setup();
    const server = shop({
      addresses: [homeAddress],
      checkout: (request, attempt) =>
        attempt === 1
          ? orderProblem(409, 'price-changed', 'The total is now 5 034 000 so\'m: check your order and place it again.', [
              { field: 'expectedTotal', reason: 'the total is now 503400000 tiyin' },
            ])
          : bodyOf(request).expectedTotal === 503400000
            ? { status: 201, body: placedOrder }
            : orderProblem(409, 'price-changed', 'Still wrong.'),
    });
    await openCheckout(server);
    await user.click(await screen.findByRole('radio', { name: /Courier to the door/ }));
    await user.click(radio(/Cash on delivery/));
    expect(screen.getByTestId('checkout-total').textContent).toBe('5\u00a0029\u00a0000\u00a0UZS');
    const cartReads = server.requests.filter((r) => r.path === '/cart').length;
    const optionReads = optionRequests(server).length;
    // Meanwhile the price went up by 5 000 so‘m.
    server.backend.state.customer = [{ ...blackPhone, unitPrice: 500400000 }];

    await user.click(screen.getByRole('button', { name: 'Place order' }));

    const alert = await screen.findByTestId('checkout-alert');
    expect(alert.textContent).toBe(
      'The prices or the cost of delivery have changed. Check the new total and place the order again.' +
        'The total is now 5 034 000 so\'m: check your order and place it again.',
    );
    expect(screen.getByTestId('checkout-total-error').textContent).toBe('The total has changed.');
    await waitFor(() => expect(screen.getByTestId('checkout-total').textContent).toBe('5\u00a0034\u00a0000\u00a0UZS'));
    expect(server.requests.filter((r) => r.path === '/cart').length).toBeGreaterThan(cartReads);
    expect(optionRequests(server).length).toBeGreaterThan(optionReads);
    expect(optionRequests(server)).toContain('region=UZ-TK&subtotal=500400000');
    // The chosen method and payment stay chosen.
    expect(radio(/Courier to the door/)).toHaveProperty('checked', true);

    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(location()).toBe('/orders/1000017?placed=1'));
    expect(bodyOf(posts(server)[1]!).expectedTotal).toBe(503400000);
    expect(keyOf(posts(server)[1])).not.toBe(keyOf(posts(server)[0]));
  });

  it('shows which lines are out of stock beside them, with the way back to the cart', async () => {
    const user = userEvent.setup();
    const server = shop({
      lines: [{ ...blackPhone, quantity: 2 }, tea],
      addresses: [homeAddress],
      checkout: () =>
        orderProblem(409, 'out-of-stock', 'Some products are out of stock.', [
          { field: 'items[A55-BLK-128]', reason: 'only 1 left' },
        ]),
    });
    await openCheckout(server);
    await user.click(await screen.findByRole('radio', { name: /Courier to the door/ }));
    await user.click(radio(/Cash on delivery/));
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    const alert = await screen.findByTestId('checkout-alert');
    expect(alert.textContent).toContain('Some products cannot be bought in the quantity in your cart.');
    expect(within(alert).getByRole('link', { name: 'Go to the cart' }).getAttribute('href')).toBe('/cart');
    const line = screen.getAllByTestId('checkout-line').find((l) => l.dataset.sku === 'A55-BLK-128')!;
    expect(within(line).getByTestId('line-problem').textContent).toBe('Only 1 left');
    const teaLine = screen.getAllByTestId('checkout-line').find((l) => l.dataset.sku === 'TEA-1')!;
    expect(within(teaLine).queryByTestId('line-problem')).toBeNull();
  });

  it('says when the cart is empty by the time of the order, and leads back to it', async () => {
    const user = userEvent.setup();
    const server = shop({
      addresses: [homeAddress],
      checkout: () => orderProblem(409, 'empty-cart', 'The cart is empty.'),
    });
    await openCheckout(server);
    await user.click(await screen.findByRole('radio', { name: /Courier to the door/ }));
    await user.click(radio(/Cash on delivery/));
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    const alert = await screen.findByTestId('checkout-alert');
    expect(alert.textContent).toContain('The cart is empty.');
    expect(within(alert).getByRole('link', { name: 'Go to the cart' }).getAttribute('href')).toBe('/cart');
  });

  it('shows the API’s reasons beside the fields they name', async () => {
    const user = userEvent.setup();
    const server = shop({
      checkout: () =>
        problem(400, [
          { field: 'address.street', reason: 'must not be blank' },
          { field: 'address.recipientPhone', reason: 'must have 9 digits after +998' },
          { field: 'deliveryMethod', reason: 'is not offered in UZ-SA' },
          { field: 'comment', reason: 'must be at most 500 characters long' },
        ]),
    });
    await openCheckout(server);
    await user.selectOptions(await screen.findByLabelText('Region'), 'UZ-SA');
    await user.type(screen.getByLabelText('District or city'), 'Samarqand');
    await user.click(await screen.findByRole('radio', { name: /UzPost/ }));
    await user.click(radio(/Click/));
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    expect((await screen.findByTestId('checkout-address-street-error')).textContent).toBe('Fill this in.');
    expect(screen.getByTestId('checkout-address-recipientPhone-error').textContent).toBe(
      'An Uzbek number has 9 digits after +998, e.g. +998 90 123 45 67.',
    );
    expect(screen.getByTestId('checkout-delivery-error').textContent).toBe('Is not offered in UZ-SA');
    expect(screen.getByTestId('checkout-comment-error').textContent).toBe('At most 500 characters.');
    expect(screen.queryByTestId('checkout-alert')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Street, house and flat'));
  });

  it('when the chosen address has gone, reads the book again and asks for another', async () => {
    const user = userEvent.setup();
    const other = { ...homeAddress, id: 'addr-2', street: 'Amir Temur ko‘chasi 1' };
    const server = shop({
      addresses: [homeAddress, other],
      checkout: (request) =>
        bodyOf(request).addressId === 'addr-1'
          ? orderProblem(404, 'not-found', 'There is no such address.', [{ field: 'addressId', reason: 'is unknown' }])
          : { status: 201, body: placedOrder },
    });
    await openCheckout(server);
    await user.click(await screen.findByRole('radio', { name: /Courier to the door/ }));
    await user.click(radio(/Cash on delivery/));
    server.book.items = [other];
    const reads = server.requests.filter((r) => r.path === '/me/addresses').length;

    await user.click(screen.getByRole('button', { name: 'Place order' }));

    expect((await screen.findByTestId('checkout-address-error')).textContent).toBe(
      'This address no longer exists. Choose another one or enter a new one.',
    );
    await waitFor(() => expect(server.requests.filter((r) => r.path === '/me/addresses').length).toBeGreaterThan(reads));
    await waitFor(() => expect(screen.queryByRole('radio', { name: /Bunyodkor/ })).toBeNull());
    // Nothing is chosen for the shopper: they pick the address themselves.
    expect(screen.getAllByRole('radio', { checked: true }).map((r) => (r as HTMLInputElement).value)).toEqual(['cash']);

    await user.click(radio(/Amir Temur/));
    await user.click(await screen.findByRole('radio', { name: /Courier to the door/ }));
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(location()).toBe('/orders/1000017?placed=1'));
  });

  it('sends a guest to sign in first', async () => {
    const server = fakeServer((request) => (request.path === '/auth/refresh' ? problem(401) : catalogNoise(request)));
    renderApp('/checkout', server.adapter, { startSession: true });
    await waitFor(() => expect(location()).toBe('/signin?next=%2Fcheckout'));
  });
});
