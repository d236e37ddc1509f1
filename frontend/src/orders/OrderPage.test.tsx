import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bodyOf, catalogNoise, session } from '../test/accountFixtures';
import { methodOf, orderProblem, paymentLinkFor, pendingOrder, placedOrder, stubLeaving } from '../test/orderFixtures';
import { fakeServer, renderApp, type Reply, type SeenRequest } from '../test/renderApp';
import type { Order } from './types';

/**
 * One order of the signed-in customer; POST …/cancel answered by `cancel` (cancels it by default), POST …/payment by
 * `link` (the provider's page by default).
 */
function shop(
  order: Order = placedOrder,
  cancel?: (request: SeenRequest) => Reply,
  link: (request: SeenRequest, attempt: number) => Reply = paymentLinkFor,
) {
  let current = order;
  let links = 0;
  return fakeServer((request) => {
    if (request.path === '/auth/refresh') return { status: 200, body: session() };
    if (request.path === `/orders/${order.number}` && methodOf(request) === 'GET') return { status: 200, body: current };
    if (request.path === `/orders/${order.number}/payment` && methodOf(request) === 'POST') {
      links += 1;
      return link(request, links);
    }
    if (request.path === `/orders/${order.number}/cancel` && methodOf(request) === 'POST') {
      if (cancel) return cancel(request);
      current = {
        ...current,
        status: 'CANCELLED',
        cancellable: false,
        history: [...current.history, { status: 'CANCELLED', at: '2026-12-03T11:15:00Z', actor: 'customer' }],
      };
      return { status: 200, body: current };
    }
    if (request.path.startsWith('/orders/')) return orderProblem(404, 'not-found', 'There is no such order.');
    return catalogNoise(request);
  });
}

const timeline = () =>
  screen.getAllByTestId('timeline-entry').map((entry) => entry.textContent);

const linkPosts = (server: ReturnType<typeof shop>) => server.requests.filter((r) => r.path === '/orders/1000017/payment');
const keyOf = (request: SeenRequest | undefined) => request?.config.headers.get('Idempotency-Key') as string | undefined;

beforeEach(() => {
  localStorage.setItem('ultramarket.language', 'en');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('order page', () => {
  it('shows the lines, delivery, address, payment, totals with VAT, the comment and the status timeline', async () => {
    const order: Order = {
      ...placedOrder,
      status: 'SHIPPED',
      cancellable: false,
      history: [
        { status: 'AWAITING_CONFIRMATION', at: '2026-12-03T10:00:00Z', actor: 'customer' },
        { status: 'CONFIRMED', at: '2026-12-03T12:20:00Z', actor: 'staff' },
        { status: 'SHIPPED', at: '2026-12-04T04:05:00Z', actor: 'staff' },
      ],
    };
    renderApp('/orders/1000017', shop(order).adapter, { startSession: true });

    expect((await screen.findByTestId('page-title')).textContent).toBe('Order 1000017');
    expect(document.title).toBe('Order 1000017 — UltraMarket');
    expect(screen.queryByTestId('order-placed')).toBeNull();
    expect(screen.getAllByTestId('order-status')[0]?.textContent).toBe('Shipped');
    expect(screen.getByText('Placed 3 December 2026, 15:00')).toBeTruthy();

    const phone = within(screen.getAllByTestId('order-line')[0]!);
    expect(phone.getByText('Smartfon Samsung Galaxy A55')).toBeTruthy();
    expect(phone.getByText('qora · 128 GB')).toBeTruthy();
    expect(phone.getByTestId('order-line-quantity').textContent).toBe('2 × 4\u00a0999\u00a0000\u00a0UZS');
    expect(phone.getByTestId('order-line-total').textContent).toBe('9\u00a0998\u00a0000\u00a0UZS');
    expect(screen.getByTestId('order-subtotal').textContent).toBe('10\u00a0033\u00a0000\u00a0UZS');
    expect(screen.getByTestId('order-delivery-fee').textContent).toBe('30\u00a0000\u00a0UZS');
    expect(screen.getByTestId('order-total').textContent).toBe('10\u00a0063\u00a0000\u00a0UZS');
    expect(screen.getByTestId('order-vat').textContent).toBe('VAT included: 1\u00a0078\u00a0178.57\u00a0UZS');
    expect(screen.getByTestId('order-delivery').textContent).toContain('Courier to the door');
    expect(screen.getByTestId('order-delivery').textContent).toContain('Expected 5–7 December');
    expect(screen.getByText('Samarkand region, Samarqand shahri')).toBeTruthy();
    expect(screen.getByTestId('order-payment').textContent).toBe('Cash on delivery');
    expect(screen.getByTestId('order-comment').textContent).toBe('Call an hour before');

    // Oldest first, each time in Tashkent (UTC+5).
    expect(timeline()).toEqual([
      'Awaiting confirmation3 December 2026, 15:00',
      'Confirmed3 December 2026, 17:20',
      'Shipped4 December 2026, 09:05',
    ]);
    expect(screen.queryByRole('button', { name: 'Cancel the order' })).toBeNull();
  });

  it('shows a pickup order’s point, and the timeline in Russian', async () => {
    localStorage.setItem('ultramarket.language', 'ru');
    const order: Order = {
      ...placedOrder,
      delivery: {
        method: 'pickup',
        name: 'Пункт выдачи',
        fee: 0,
        earliest: '2026-12-05',
        latest: '2026-12-06',
        pickupPoint: { id: 'sa-registon', name: 'UltraMarket Registon', address: 'Samarqand, Registon ko‘chasi 12', hours: '09:00–20:00' },
      },
      deliveryFee: 0,
    };
    renderApp('/orders/1000017', shop(order).adapter, { startSession: true });
    expect((await screen.findByTestId('page-title')).textContent).toBe('Заказ 1000017');
    expect(screen.getByTestId('order-pickup-point').textContent).toBe(
      'Пункт выдачи: UltraMarket RegistonSamarqand, Registon ko‘chasi 12Часы работы: 09:00–20:00',
    );
    expect(screen.getByTestId('order-delivery-fee').textContent).toBe('Бесплатно');
    expect(timeline()).toEqual(['Ожидает подтверждения3 декабря 2026, 15:00']);
  });

  it('cancels the order after asking, and the timeline ends with “Cancelled”', async () => {
    const user = userEvent.setup();
    const server = shop();
    renderApp('/orders/1000017', server.adapter, { startSession: true });

    await user.click(await screen.findByRole('button', { name: 'Cancel the order' }));
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(server.requests.filter((r) => r.path.endsWith('/cancel'))).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Cancel the order' }));
    expect(screen.getByRole('group', { name: 'Cancel this order?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }));

    expect((await screen.findByTestId('form-notice')).textContent).toBe('The order is cancelled.');
    // the notice comes with the answer; the page shows the cancelled order a render later
    await waitFor(() => expect(timeline().at(-1)).toBe('Cancelled3 December 2026, 16:15'));
    expect(screen.getAllByTestId('order-status')[0]?.textContent).toBe('Cancelled');
    expect(screen.queryByRole('button', { name: 'Cancel the order' })).toBeNull();
    const [post] = server.requests.filter((r) => r.path === '/orders/1000017/cancel');
    expect(post?.config.data).toBeUndefined();
  });

  it('says why an order can no longer be cancelled', async () => {
    const user = userEvent.setup();
    const server = shop(placedOrder, () => orderProblem(409, 'not-cancellable', 'The order has already been shipped.'));
    renderApp('/orders/1000017', server.adapter, { startSession: true });

    await user.click(await screen.findByRole('button', { name: 'Cancel the order' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel it' }));

    expect((await screen.findByRole('alert')).textContent).toBe('The order has already been shipped.');
    // The order has moved on: it is read again.
    await waitFor(() => expect(server.requests.filter((r) => r.path === '/orders/1000017')).toHaveLength(2));
  });

  it('offers “Pay now” for an unpaid online order, with its provider or the other one instead', async () => {
    const user = userEvent.setup();
    const assign = stubLeaving();
    const server = shop(pendingOrder);
    renderApp('/orders/1000017', server.adapter, { startSession: true });

    const pay = await screen.findByTestId('order-pay');
    expect(pay.textContent).toContain('The order awaits payment');
    expect(pay.textContent).toContain('Please pay by 3 December 2026, 15:30.');
    await user.click(within(pay).getByRole('button', { name: 'Pay now' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://pay.test/payme/1000017?lang=en'));
    const [post] = linkPosts(server);
    expect(bodyOf(post!)).toEqual({ provider: 'payme' });
    expect(post!.config.headers.get('Authorization')).toMatch(/^Bearer token-/);
    expect(post!.config.headers.get('Accept-Language')).toBe('en');
    expect(keyOf(post)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await user.click(await within(pay).findByRole('button', { name: 'Pay with Click instead' }));
    await waitFor(() => expect(assign).toHaveBeenLastCalledWith('https://pay.test/click/1000017?lang=en'));
    expect(bodyOf(linkPosts(server)[1]!)).toEqual({ provider: 'click' });
  });

  it('sends a payment link request again with its key only when its answer never came', async () => {
    const user = userEvent.setup();
    const assign = stubLeaving();
    const server = shop(pendingOrder, undefined, (request, attempt) =>
      attempt === 1
        ? 'network-error'
        : attempt === 2
          ? { status: 503, body: { status: 503, detail: 'Payme is not answering' } }
          : attempt === 3
            ? 'network-error'
            : attempt === 4
              ? orderProblem(409, 'payment-under-way', 'A payment with Payme is under way.')
              : paymentLinkFor(request),
    );
    renderApp('/orders/1000017', server.adapter, { startSession: true });
    const payNow = await screen.findByRole('button', { name: 'Pay now' });
    const instead = screen.getByRole('button', { name: 'Pay with Click instead' });
    const problemText = () => screen.getByTestId('pay-problem').textContent;

    await user.click(payNow);
    expect((await screen.findByTestId('pay-problem')).textContent).toBe(
      'We could not open the payment page.Could not reach the server. Check your internet connection and try again.',
    );
    await user.click(payNow); // no answer came: the same request, the same key
    await waitFor(() => expect(linkPosts(server)).toHaveLength(2));
    await waitFor(() => expect(problemText()).toContain('Something went wrong on our side.'));
    await user.click(instead); // another request: a new key
    await waitFor(() => expect(linkPosts(server)).toHaveLength(3));
    await waitFor(() => expect(problemText()).toContain('Could not reach the server.'));
    await user.click(instead); // the same again after no answer: its key
    await waitFor(() => expect(problemText()).toBe('This order cannot be paid this way now.A payment with Payme is under way.'));
    await user.click(instead); // answered (409): a new attempt
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await user.click(await screen.findByRole('button', { name: 'Pay with Click instead' })); // answered (200): new again
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(2));

    const keys = linkPosts(server).map(keyOf);
    expect(linkPosts(server).map((r) => bodyOf(r).provider)).toEqual(['payme', 'payme', 'click', 'click', 'click', 'click']);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[1]);
    expect(keys[3]).toBe(keys[2]);
    expect(keys[4]).not.toBe(keys[3]);
    expect(keys[5]).not.toBe(keys[4]);
    expect(new Set(keys).size).toBe(4);
  });

  it('offers no payment for an order already paid', async () => {
    renderApp('/orders/1000017', shop({ ...pendingOrder, status: 'PAID' }).adapter, { startSession: true });
    await screen.findByTestId('order-page');
    expect(screen.queryByTestId('order-pay')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pay now' })).toBeNull();
  });

  it('shows “not found” for an order that is not the shopper’s', async () => {
    renderApp('/orders/999', shop().adapter, { startSession: true });
    expect(await screen.findByTestId('not-found-page')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/orders/999');
  });
});
