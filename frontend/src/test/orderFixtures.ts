import { vi } from 'vitest';
import type { DeliveryOptions, Order, OrderSummary } from '../orders/types';
import type { Reply, SeenRequest } from './renderApp';

// Stand-ins for the checkout and orders API's answers (functions/orders), shaped as the contract says.

/** The delivery options of a region for a subtotal: Samarkand has all three methods, Tashkent city courier only. */
export function deliveryOptionsOf(region: string, subtotal: number, { courierFee = 3000000 } = {}): DeliveryOptions {
  const courier = {
    method: 'courier',
    name: 'Courier to the door',
    fee: courierFee,
    free: false,
    earliest: '2026-12-05',
    latest: '2026-12-07',
    pickupPoints: [],
  };
  if (region === 'UZ-TK') return { region, subtotal, freeDeliveryFrom: 1000000000, options: [{ ...courier, earliest: '2026-12-04', latest: '2026-12-04' }] };
  return {
    region,
    subtotal,
    freeDeliveryFrom: 1000000000,
    options: [
      courier,
      { method: 'uzpost', name: 'UzPost', fee: 1500000, free: false, earliest: '2026-12-08', latest: '2026-12-13', pickupPoints: [] },
      {
        method: 'pickup',
        name: 'Pickup point',
        fee: 0,
        free: true,
        earliest: '2026-12-05',
        latest: '2026-12-06',
        pickupPoints: [
          { id: 'sa-registon', name: 'UltraMarket Registon', address: 'Samarqand, Registon ko‘chasi 12', hours: '09:00–20:00' },
          { id: 'sa-siab', name: 'UltraMarket Siyob', address: 'Samarqand, Siyob bozori yonida', hours: '08:00–18:00' },
        ],
      },
    ],
  };
}

export const placedOrder: Order = {
  number: '1000017',
  status: 'AWAITING_CONFIRMATION',
  paymentMethod: 'cash',
  createdAt: '2026-12-03T10:00:00Z',
  payBy: null,
  lines: [
    {
      sku: 'A55-BLK-128',
      name: 'Smartfon Samsung Galaxy A55',
      options: 'qora · 128 GB',
      image: null,
      unitPrice: 499900000,
      quantity: 2,
      lineTotal: 999800000,
      ikpu: '08517001001000000',
      vatPercent: 12,
    },
    {
      sku: 'TEA-1',
      name: 'Ahmad Tea Earl Grey',
      options: null,
      image: null,
      unitPrice: 3500000,
      quantity: 1,
      lineTotal: 3500000,
      ikpu: '09023000001000000',
      vatPercent: 12,
    },
  ],
  address: {
    region: 'UZ-SA',
    district: 'Samarqand shahri',
    street: 'Registon ko‘chasi 5',
    landmark: null,
    recipientName: 'Aziz',
    recipientPhone: '+998901234567',
  },
  delivery: {
    method: 'courier',
    name: 'Courier to the door',
    fee: 3000000,
    earliest: '2026-12-05',
    latest: '2026-12-07',
    pickupPoint: null,
  },
  subtotal: 1003300000,
  deliveryFee: 3000000,
  total: 1006300000,
  vatIncluded: 107817857,
  comment: 'Call an hour before',
  history: [{ status: 'AWAITING_CONFIRMATION', at: '2026-12-03T10:00:00Z', actor: 'customer' }],
  cancellable: true,
};

export const summaryOf = (order: Order): OrderSummary => ({
  number: order.number,
  status: order.status,
  createdAt: order.createdAt,
  total: order.total,
  itemCount: order.lines.reduce((sum, line) => sum + line.quantity, 0),
  paymentMethod: order.paymentMethod,
});

/** A problem+json answer of the checkout and orders API, with its `type` slug. */
export function orderProblem(status: number, slug: string, detail: string, errors: { field: string; reason: string }[] = []): Reply {
  return { status, body: { type: `/api/docs#problem-${slug}`, title: 'Problem', status, detail, errors } };
}

export const methodOf = (request: SeenRequest) => request.config.method?.toUpperCase();

/** The order of placedOrder placed to be paid with Payme, awaiting its payment until 15:30 in Tashkent. */
export const pendingOrder: Order = {
  ...placedOrder,
  status: 'PENDING_PAYMENT',
  paymentMethod: 'payme',
  payBy: '2026-12-03T10:30:00Z',
  history: [{ status: 'PENDING_PAYMENT', at: '2026-12-03T10:00:00Z', actor: 'customer' }],
};

/** POST /api/orders/{number}/payment answered: the provider's page for the provider asked for. */
export function paymentLinkFor(request: SeenRequest): Reply {
  const { provider } = JSON.parse(String(request.config.data ?? '{}')) as { provider: string };
  return { status: 200, body: { provider, url: `https://pay.test/${provider}/1000017?lang=en` } };
}

/**
 * Stands in for window.location, whose assign jsdom cannot follow (nor let be spied on): returns assign's mock. Undone
 * by vi.unstubAllGlobals().
 */
export function stubLeaving() {
  const assign = vi.fn<(url: string) => void>();
  const { href, origin, protocol, host, hostname, port, pathname, search, hash } = window.location;
  vi.stubGlobal('location', { href, origin, protocol, host, hostname, port, pathname, search, hash, assign, replace: vi.fn(), reload: vi.fn() });
  return assign;
}
