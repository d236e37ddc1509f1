import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogNoise, problem, session } from '../test/accountFixtures';
import { placedOrder, summaryOf } from '../test/orderFixtures';
import { fakeServer, renderApp, type Reply, type SeenRequest } from '../test/renderApp';
import type { OrderSummary } from './types';

/** 45 orders, newest first: 1000045 … 1000001, every third cancelled. */
const history: OrderSummary[] = Array.from({ length: 45 }, (_, i) => {
  const n = 45 - i;
  return {
    ...summaryOf(placedOrder),
    number: String(1000000 + n),
    status: n % 3 === 0 ? 'CANCELLED' : 'AWAITING_CONFIRMATION',
    createdAt: new Date(Date.UTC(2026, 10, 1, 10) + n * 3_600_000).toISOString(),
    total: n * 100000,
    itemCount: n,
  };
});

/** GET /api/orders in pages of `limit`, the cursor being the index of the page's first order. */
function shop(orders: OrderSummary[] = history, route: (request: SeenRequest) => Reply | undefined = () => undefined) {
  return fakeServer((request) => {
    if (request.path === '/auth/refresh') return { status: 200, body: session() };
    const answered = route(request);
    if (answered) return answered;
    if (request.path === '/orders') {
      const limit = Number(request.params.get('limit'));
      const from = Number(request.params.get('cursor') ?? 0);
      const items = orders.slice(from, from + limit);
      return { status: 200, body: { items, nextCursor: from + limit < orders.length ? String(from + limit) : null } };
    }
    return catalogNoise(request);
  });
}

const rows = () => screen.getAllByTestId('order-row');
const orderReads = (server: ReturnType<typeof shop>) =>
  server.requests.filter((r) => r.path === '/orders').map((r) => r.params.toString());

beforeEach(() => {
  localStorage.setItem('ultramarket.language', 'en');
});

describe('order history', () => {
  it('lists 20 orders at a time and shows more with the next cursor until there are none', async () => {
    const user = userEvent.setup();
    const server = shop();
    renderApp('/orders', server.adapter, { startSession: true });

    await waitFor(() => expect(rows()).toHaveLength(20));
    expect(screen.getByTestId('page-title').textContent).toBe('My orders');
    expect(document.title).toBe('My orders — UltraMarket');
    const first = rows()[0]!;
    expect(first.getAttribute('href')).toBe('/orders/1000045');
    expect(within(first).getByText('Order 1000045')).toBeTruthy();
    expect(within(first).getByTestId('order-status').textContent).toBe('Cancelled');
    expect(within(first).getByTestId('order-total').textContent).toBe('45\u00a0000\u00a0UZS');
    // Placed at 2026-11-02T23:00Z: already 3 November in Tashkent.
    expect(first.textContent).toContain('3 November 2026 · 45 items');
    expect(within(rows()[1]!).getByTestId('order-status').textContent).toBe('Awaiting confirmation');

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rows()).toHaveLength(40));
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rows()).toHaveLength(45));

    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(rows().at(-1)?.dataset.number).toBe('1000001');
    expect(orderReads(server)).toEqual(['limit=20', 'limit=20&cursor=20', 'limit=20&cursor=40']);
  });

  it('says the shopper has no orders yet', async () => {
    renderApp('/orders', shop([]).adapter, { startSession: true });
    const empty = await screen.findByTestId('orders-empty');
    expect(empty.textContent).toContain('You have no orders yet.');
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('names the statuses in the shopper’s language', async () => {
    localStorage.setItem('ultramarket.language', 'uz');
    renderApp('/orders', shop(history.slice(0, 3)).adapter, { startSession: true });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows().map((row) => within(row).getByTestId('order-status').textContent)).toEqual([
      'Bekor qilingan',
      'Tasdiqlash kutilmoqda',
      'Tasdiqlash kutilmoqda',
    ]);
    expect(screen.getByTestId('page-title').textContent).toBe('Mening buyurtmalarim');
  });

  it('keeps the orders shown when the next page fails, and tries again', async () => {
    const user = userEvent.setup();
    let fail = true;
    const server = shop(history, (request) => {
      if (request.path === '/orders' && request.params.get('cursor') === '20' && fail) {
        fail = false;
        return 'network-error';
      }
      return undefined;
    });
    renderApp('/orders', server.adapter, { startSession: true });
    await waitFor(() => expect(rows()).toHaveLength(20));

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not reach the server');
    expect(rows()).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rows()).toHaveLength(40));
  });

  it('is reached from the account menu and the account’s sections', async () => {
    const user = userEvent.setup();
    renderApp('/account/addresses', shop([]).adapter, { startSession: true });
    const sections = await screen.findByRole('navigation', { name: 'Account sections' });
    expect(within(sections).getByRole('link', { name: 'My orders' }).getAttribute('href')).toBe('/orders');
    await user.click(await screen.findByTestId('account-button'));
    await user.click(within(screen.getByTestId('account-menu')).getByRole('link', { name: 'My orders' }));
    expect(await screen.findByTestId('orders-empty')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/orders');
  });

  it('sends a guest to sign in first', async () => {
    const server = fakeServer((request) => (request.path === '/auth/refresh' ? problem(401) : catalogNoise(request)));
    renderApp('/orders', server.adapter, { startSession: true });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/signin?next=%2Forders'));
  });
});
