import { accountApi } from '../account/accountApi';
import type { ApiError } from '../app/api';
import { cartApi } from '../cart/cartApi';
import type { Language } from '../i18n/messages';
import type { CheckoutRequest, DeliveryOptions, OnlineMethod, Order, OrderPage, PaymentLink } from './types';

/** How many orders one page of the history asks for. */
export const ORDERS_PAGE = 20;

/** The problem's kind, from its `type` (`/api/docs#problem-price-changed` → `price-changed`). */
export function problemKind(error: ApiError | undefined): string | null {
  if (error?.kind !== 'http' || !error.type) return null;
  const match = /problem-([\w-]+)$/.exec(error.type);
  return match?.[1] ?? null;
}

/**
 * Checkout and orders: endpoints injected into the account's API when checkout or an order page is first loaded, so
 * neither they nor their pages weigh on the main bundle. Orders are the account's data: they share its cache, which
 * the session's end resets.
 */
export const ordersApi = accountApi.enhanceEndpoints({ addTagTypes: ['Orders', 'Order'] }).injectEndpoints({
  endpoints: (build) => ({
    deliveryOptions: build.query<DeliveryOptions, { region: string; subtotal: number; lang: Language }>({
      query: ({ region, subtotal, lang }) => ({
        url: '/delivery/options',
        params: new URLSearchParams({ region, subtotal: String(subtotal) }),
        lang,
      }),
    }),
    /** One attempt at an order: `key` is its Idempotency-Key, the same for a retry of the same attempt. */
    placeOrder: build.mutation<Order, { key: string; body: CheckoutRequest; lang: Language }>({
      query: ({ key, body }) => ({ url: '/checkout', method: 'POST', body, headers: { 'Idempotency-Key': key } }),
      async onQueryStarted({ lang }, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (!data) return;
        // The order's page shows it at once; the server emptied the cart, so it is read again.
        dispatch(ordersApi.util.upsertQueryData('order', { number: data.number, lang }, data));
        dispatch(cartApi.util.invalidateTags(['Cart']));
      },
      invalidatesTags: (order) => (order ? ['Orders'] : []),
    }),
    orders: build.infiniteQuery<OrderPage, void, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (last) => last.nextCursor ?? undefined,
      },
      query: ({ pageParam }) => ({
        url: '/orders',
        params: new URLSearchParams({ limit: String(ORDERS_PAGE), ...(pageParam !== null && { cursor: pageParam }) }),
      }),
      providesTags: ['Orders'],
    }),
    order: build.query<Order, { number: string; lang: Language }>({
      query: ({ number, lang }) => ({ url: `/orders/${encodeURIComponent(number)}`, lang }),
      providesTags: (_order, _error, { number }) => [{ type: 'Order', id: number }],
    }),
    cancelOrder: build.mutation<Order, { number: string; lang: Language }>({
      query: ({ number }) => ({ url: `/orders/${encodeURIComponent(number)}/cancel`, method: 'POST' }),
      async onQueryStarted({ number, lang }, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (data) dispatch(ordersApi.util.upsertQueryData('order', { number, lang }, data));
      },
      // Cancelled or refused (it can no longer be cancelled): either way the order has moved on.
      invalidatesTags: (order, error, { number }) => [
        'Orders',
        ...(order ? [] : error?.kind === 'http' && error.status === 409 ? [{ type: 'Order' as const, id: number }] : []),
      ],
    }),
    /**
     * A link to the provider's page to pay an unpaid online order; asking with the other provider switches the order's
     * payment method. `key` is the Idempotency-Key, the same only for a resend of a request whose answer never came.
     */
    paymentLink: build.mutation<PaymentLink, { number: string; provider: OnlineMethod; key: string }>({
      query: ({ number, provider, key }) => ({
        url: `/orders/${encodeURIComponent(number)}/payment`,
        method: 'POST',
        body: { provider },
        headers: { 'Idempotency-Key': key },
      }),
      // A link may have switched the order's method; a 409 means the order has moved on (paid, cancelled, expired).
      invalidatesTags: (link, error, { number }) =>
        link || (error?.kind === 'http' && error.status === 409) ? ['Orders', { type: 'Order', id: number }] : [],
    }),
  }),
});

export const {
  useDeliveryOptionsQuery,
  usePlaceOrderMutation,
  useOrdersInfiniteQuery,
  useOrderQuery,
  useCancelOrderMutation,
  usePaymentLinkMutation,
} = ordersApi;
