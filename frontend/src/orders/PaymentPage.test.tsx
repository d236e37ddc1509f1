import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bodyOf, catalogNoise, homeAddress, problem, session } from '../test/accountFixtures';
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
import { POLL_MS, POLLS } from './PaymentPage';
import type { Order } from './types';

/**
 * The signed-in customer's order (`state.order`, changed by tests as the payment moves on), its payment link answered
 * by `link` (the provider's page by default), their cart (empty) and what checkout reads.
 */
function shop(order: Order, link: (request: SeenRequest, attempt: number) => Reply = paymentLinkFor) {
  const backend = cartBackend();
  const state = { order };
  let links = 0;
  const server = fakeServer((request) => {
    if (request.path === '/auth/refresh') return { status: 200, body: session() };
    if (request.path === '/me/addresses') return { status: 200, body: { items: [homeAddress] } };
    if (request.path === '/delivery/options') {
      return { status: 200, body: deliveryOptionsOf(request.params.get('region') ?? '', Number(request.params.get('subtotal'))) };
    }
    if (request.path === `/orders/${order.number}/payment` && methodOf(request) === 'POST') {
      links += 1;
      return link(request, links);
    }
    if (request.path === `/orders/${order.number}` && methodOf(request) === 'GET') return { status: 200, body: state.order };
    if (request.path.startsWith('/orders/')) return orderProblem(404, 'not-found', 'There is no such order.');
    return backend.route(request) ?? catalogNoise(request);
  });
  return { ...server, backend, state };
}

const location = () => screen.getByTestId('location').textContent;
const reads = (server: ReturnType<typeof shop>) =>
  server.requests.filter((r) => r.path === '/orders/1000017' && methodOf(r) === 'GET').length;
const linkPosts = (server: ReturnType<typeof shop>) => server.requests.filter((r) => r.path === '/orders/1000017/payment');
const keyOf = (request: SeenRequest | undefined) => request?.config.headers.get('Idempotency-Key') as string | undefined;

/** Lets the page's clock run on by `ms`, its reads answered. */
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

async function openPayment(server: ReturnType<typeof shop>, path = '/orders/1000017/payment') {
  renderApp(path, server.adapter, { startSession: true });
  return screen.findByTestId('payment-page');
}

beforeEach(() => {
  localStorage.setItem('ultramarket.language', 'en');
  // The page reads the order every 2 s: the clock is the test's, still running on by itself for everything else.
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe('order payment page', () => {
  it('follows a pending payment live until it is paid, then stops reading the order', async () => {
    const server = shop(pendingOrder);
    // Providers add their own parameters to the return address; they are ignored.
    await openPayment(server, '/orders/1000017/payment?payment=ok&transaction=77');

    expect(screen.getByTestId('page-title').textContent).toBe('Payment for order 1000017');
    expect(document.title).toBe('Payment for order 1000017 — UltraMarket');
    expect(screen.getByTestId('payment-total').textContent).toBe('10\u00a0063\u00a0000\u00a0UZS');
    expect(screen.getByTestId('payment-method').textContent).toBe('Payme');
    const pending = screen.getByTestId('payment-pending');
    expect(pending.textContent).toContain('Waiting for the payment confirmation…');
    expect(pending.textContent).toContain('Please pay by 3 December 2026, 15:30.');
    expect(within(pending).getByTestId('payment-spinner')).toBeTruthy();
    expect(screen.queryByTestId('pay-choices')).toBeNull();

    await waitFor(() => expect(reads(server)).toBe(1));
    await wait(POLL_MS);
    await waitFor(() => expect(reads(server)).toBe(2));
    expect(screen.getByTestId('payment-pending')).toBeTruthy();

    server.state.order = {
      ...pendingOrder,
      status: 'PAID',
      history: [...pendingOrder.history, { status: 'PAID', at: '2026-12-03T10:05:00Z', actor: 'payme' }],
    };
    await wait(POLL_MS);

    const paid = await screen.findByTestId('payment-paid');
    expect(paid.textContent).toContain('Payment received. Thank you!');
    expect(paid.textContent).toContain('Order 1000017 is paid.');
    expect(screen.getByTestId('order-status').textContent).toBe('Paid');
    expect(within(paid).getByRole('link', { name: 'View the order' }).getAttribute('href')).toBe('/orders/1000017');
    expect(within(paid).getByRole('link', { name: 'Continue shopping' }).getAttribute('href')).toBe('/');
    expect(screen.queryByTestId('payment-pending')).toBeNull();

    const done = reads(server);
    await wait(POLL_MS * 5);
    expect(reads(server)).toBe(done);
  });

  it('reads nothing while the tab is hidden, and goes on when it is shown again', async () => {
    const server = shop(pendingOrder);
    await openPayment(server);
    await waitFor(() => expect(reads(server)).toBe(1));

    setHidden(true);
    await wait(POLL_MS * 5);
    expect(reads(server)).toBe(1);

    setHidden(false);
    await wait(POLL_MS);
    await waitFor(() => expect(reads(server)).toBe(2));
  });

  it('after a few reads offers to pay again or with the other provider; each is a new link with a new key', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const assign = stubLeaving();
    const server = shop(pendingOrder);
    await openPayment(server);
    await waitFor(() => expect(reads(server)).toBe(1));
    for (let i = 0; i < 3; i += 1) await wait(POLL_MS);

    const choices = await screen.findByTestId('pay-choices');
    expect(screen.getByTestId('payment-pending').textContent).toContain('Not paid yet, or something went wrong?');
    // Still waiting, too: a confirmation may yet come.
    expect(screen.getByTestId('payment-pending').textContent).toContain('Waiting for the payment confirmation…');
    await user.click(within(choices).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(assign).toHaveBeenLastCalledWith('https://pay.test/payme/1000017?lang=en'));
    expect(bodyOf(linkPosts(server)[0]!)).toEqual({ provider: 'payme' });
    // On its way to the provider: no second request meanwhile.
    expect(within(choices).getByRole('button', { name: 'Opening Payme…' })).toHaveProperty('disabled', true);

    // Back from the provider's page to this one as the browser kept it.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await user.click(await within(choices).findByRole('button', { name: 'Choose another method: Click' }));
    await waitFor(() => expect(assign).toHaveBeenLastCalledWith('https://pay.test/click/1000017?lang=en'));
    expect(bodyOf(linkPosts(server)[1]!)).toEqual({ provider: 'click' });
    expect(keyOf(linkPosts(server)[1])).not.toBe(keyOf(linkPosts(server)[0]));
  });

  it('stops after about two minutes, and checks again when asked', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const server = shop(pendingOrder);
    await openPayment(server);
    await waitFor(() => expect(reads(server)).toBe(1));
    for (let i = 0; i < POLLS; i += 1) await wait(POLL_MS);
    await waitFor(() => expect(reads(server)).toBe(1 + POLLS));

    const pending = await screen.findByTestId('payment-pending');
    await waitFor(() => expect(pending.textContent).toContain('The confirmation has not come yet.'));
    expect(within(pending).queryByTestId('payment-spinner')).toBeNull();
    expect(within(pending).getByTestId('pay-choices')).toBeTruthy();
    await wait(POLL_MS * 5);
    expect(reads(server)).toBe(1 + POLLS);

    server.state.order = { ...pendingOrder, status: 'PAID' };
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByTestId('payment-paid')).toBeTruthy();
  });

  it('says why no link came: a payment under way with the other provider (409), no such order (404), an ended session (401)', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const assign = stubLeaving();
    const server = shop(pendingOrder, (_, attempt) =>
      attempt === 1
        ? orderProblem(409, 'payment-under-way', 'A payment with Click is already under way for this order.')
        : attempt === 2
          ? orderProblem(404, 'not-found', 'There is no such order.')
          : problem(401),
    );
    await openPayment(server);
    for (let i = 0; i < 3; i += 1) await wait(POLL_MS);
    const readsBefore = reads(server);

    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect((await screen.findByTestId('pay-problem')).textContent).toBe(
      'This order cannot be paid this way now.A payment with Click is already under way for this order.',
    );
    // The order has moved on somehow: it is read again at once.
    await waitFor(() => expect(reads(server)).toBeGreaterThan(readsBefore));

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('pay-problem').textContent).toBe('We could not find this order among yours.'));

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.getByTestId('pay-problem').textContent).toBe('Your session has ended. Sign in again to pay.Sign in'),
    );
    expect(within(screen.getByTestId('pay-problem')).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/signin?next=%2Forders%2F1000017%2Fpayment',
    );
    expect(assign).not.toHaveBeenCalled();
  });

  it('shows the failed payment when a 409 finds the order cancelled meanwhile', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const server = shop(pendingOrder, () => {
      server.state.order = { ...pendingOrder, status: 'CANCELLED' };
      return orderProblem(409, 'not-payable', 'The order is cancelled.');
    });
    await openPayment(server);
    for (let i = 0; i < 3; i += 1) await wait(POLL_MS);
    await user.click(await screen.findByRole('button', { name: 'Choose another method: Click' }));

    expect((await screen.findByTestId('payment-failed')).textContent).toContain(
      'The payment did not go through, so the order is cancelled.',
    );
  });

  it.each([
    ['Try again', 'click'],
    ['Choose another method', null],
  ] as const)(
    'for a cancelled order, “%s” puts its lines back in the cart and goes to checkout (payment chosen: %s)',
    async (button, chosen) => {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const server = shop({ ...placedOrder, status: 'CANCELLED', paymentMethod: 'click', payBy: '2026-12-03T10:30:00Z', cancellable: false });
      await openPayment(server);

      const failed = screen.getByTestId('payment-failed');
      expect(failed.textContent).toContain('The payment did not go through, so the order is cancelled.');
      expect(failed.textContent).toContain('Place the order again to buy them.');
      expect(within(failed).getByRole('link', { name: 'View the order' }).getAttribute('href')).toBe('/orders/1000017');
      expect(within(failed).getByRole('button', { name: 'Try again' })).toBeTruthy();
      const readsNow = reads(server);
      await wait(POLL_MS * 3);
      expect(reads(server)).toBe(readsNow);

      await user.click(within(failed).getByRole('button', { name: button }));

      await waitFor(() => expect(location()).toBe('/checkout'));
      const adds = server.requests.filter((r) => r.path === '/cart/items').map(bodyOf);
      expect(adds).toEqual([
        { sku: 'A55-BLK-128', quantity: 2 },
        { sku: 'TEA-1', quantity: 1 },
      ]);
      expect(server.backend.state.customer.map((line) => [line.sku, line.quantity])).toEqual([
        [blackPhone.sku, 2],
        [tea.sku, 1],
      ]);
      await screen.findByTestId('checkout-form');
      const checked = screen.getAllByRole('radio', { checked: true }).map((r) => (r as HTMLInputElement).value);
      expect(checked.includes('click')).toBe(chosen === 'click');
      expect(checked.some((value) => ['payme', 'click', 'cash'].includes(value))).toBe(chosen !== null);
    },
  );

  it('for an expired order, says the time ran out; what the cart already holds is not added twice, and a refusal is shown', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const server = shop({
      ...pendingOrder,
      status: 'EXPIRED',
      lines: [...pendingOrder.lines, { ...pendingOrder.lines[1]!, sku: 'GONE-1', name: 'Old kettle' }],
    });
    server.backend.state.customer = [{ ...blackPhone, quantity: 2 }];
    await openPayment(server);

    expect(screen.getByTestId('payment-failed').textContent).toContain('The time to pay ran out, so the order is cancelled.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    const alert = await screen.findByTestId('payment-readd-problem');
    expect(alert.textContent).toContain('Some products could not be put back in the cart:Old kettle: There is no product with SKU GONE-1.');
    expect(server.requests.filter((r) => r.path === '/cart/items').map(bodyOf)).toEqual([
      { sku: 'TEA-1', quantity: 1 },
      { sku: 'GONE-1', quantity: 1 },
    ]);
    expect(within(alert).getByRole('link', { name: 'Go to the cart' }).getAttribute('href')).toBe('/cart');
    await user.click(within(alert).getByRole('link', { name: 'Continue to checkout' }));
    await screen.findByTestId('checkout-form');
    expect(screen.getByRole('radio', { name: /^Payme/ })).toHaveProperty('checked', true);
  });

  it('shows a cash order’s status without any payment', async () => {
    const server = shop(placedOrder);
    await openPayment(server);
    expect(screen.getByTestId('payment-other').textContent).toContain('Order status: Awaiting confirmation');
    expect(screen.queryByTestId('pay-choices')).toBeNull();
  });

  it('shows “not found” for an order that is not the shopper’s', async () => {
    renderApp('/orders/999/payment', shop(pendingOrder).adapter, { startSession: true });
    expect(await screen.findByTestId('not-found-page')).toBeTruthy();
  });
});
