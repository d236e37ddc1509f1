import { createApi, type BaseQueryFn, type TypedMutationOnQueryStarted } from '@reduxjs/toolkit/query/react';
import { AxiosHeaders, type AxiosResponse } from 'axios';
import { toApiError, type ApiError } from '../app/api';
import type { AuthState } from '../auth/authSlice';
import type { SessionExtra } from '../auth/sessionKeeper';
import type { LanguageState } from '../i18n/languageSlice';
import type { Language } from '../i18n/messages';
import { mergeNoticesReceived } from './cartNewsSlice';
import { forgetCartId, loadCartId, saveCartId } from './guestCartId';
import { isCart, type Cart } from './types';

/** The owner of this browser's guest cart, in a CartKey. */
export const GUEST = 'guest';

/** Whose cart, in which language: a customer's (their user id) or this browser's guest cart. */
export interface CartKey {
  owner: string;
  lang: Language;
}

/** The cart on screen now; none while the first refresh has not said whether the shopper is signed in. */
export function cartKeyOf(state: { auth: AuthState; language: LanguageState }): CartKey | null {
  const { status, user } = state.auth;
  if (status === 'unknown') return null;
  return { owner: status === 'signedIn' && user ? user.id : GUEST, lang: state.language.current };
}

export interface CartCall {
  url: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A read names its language (it is cached per language); changes follow the shopper's choice. */
  lang?: Language;
  /** The merge names both carts: the customer's by the session's token, the guest's by its id. */
  merge?: true;
}

function headerOf(response: AxiosResponse, name: string): string | null {
  const headers = response.headers;
  const value = headers instanceof AxiosHeaders ? headers.get(name) : headers?.[name.toLowerCase()];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The API refused the X-Cart-Id header itself (not a cart it names): that id will never do. */
function refusesCartId(error: ApiError): boolean {
  return error.kind === 'http' && error.status === 400 && error.errors.some((e) => e.field.toLowerCase() === 'x-cart-id');
}

/**
 * A guest's answer names their cart, a new one when they had none: its id is kept for the next requests; an answer
 * with none to a request that named one (unknown or expired) lets that id go.
 */
function keepCartId(call: CartCall, sent: string | null, response: AxiosResponse<Cart>) {
  if (response.config.headers.has('Authorization')) {
    // After the merge the guest cart is gone; a customer's own cart belongs to their account, not to this browser.
    if (call.merge && sent !== null) forgetCartId(sent);
    return;
  }
  const id = headerOf(response, 'X-Cart-Id') ?? response.data.id;
  if (id) saveCartId(id);
  else if (sent !== null) forgetCartId(sent);
}

/**
 * The cart API through the store's axios client (which adds the session's token when there is one). A guest's
 * requests carry the stored cart id; a customer's do not, except the merge.
 */
export const cartBaseQuery: BaseQueryFn<CartCall, Cart, ApiError> = async (call, { extra, signal, getState }) => {
  const { api } = extra as SessionExtra;
  const signedIn = (getState() as { auth: AuthState }).auth.accessToken !== null;

  async function send(cartId: string | null): Promise<{ data: Cart } | { error: ApiError }> {
    try {
      const response = await api.request<unknown>({
        url: call.url,
        method: call.method ?? 'GET',
        data: call.body,
        signal,
        headers: { ...(cartId && { 'X-Cart-Id': cartId }), ...(call.lang && { 'Accept-Language': call.lang }) },
      });
      if (!isCart(response.data)) return { error: { kind: 'unexpected', message: `Unexpected answer from ${call.url}` } };
      keepCartId(call, cartId, response as AxiosResponse<Cart>);
      return { data: response.data };
    } catch (error) {
      return { error: toApiError(error) };
    }
  }

  const cartId = call.merge || !signedIn ? loadCartId() : null;
  const answer = await send(cartId);
  if (!('error' in answer) || cartId === null || !refusesCartId(answer.error)) return answer;
  forgetCartId(cartId);
  // A guest asks again as one without a cart; the merge has nothing left to merge.
  return call.merge ? answer : send(null);
};

/** A merge the API refuses now will be refused every time (401 and 429 are the session's and the moment's). */
function refusedForGood(error: ApiError): boolean {
  return error.kind === 'http' && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 429;
}

/** A change refused with 404 (the line is gone) or 409 (less can be sold) found the cart on screen out of date. */
function staleOnRefusal(_: unknown, error: ApiError | undefined): 'Cart'[] {
  return error?.kind === 'http' && (error.status === 404 || error.status === 409) ? ['Cart'] : [];
}

/** Every change answers with the whole cart: it replaces the one on screen, the header's count with it. */
const showsAnswer: TypedMutationOnQueryStarted<Cart, unknown, typeof cartBaseQuery, 'cartApi'> = async (
  _,
  { dispatch, getState, queryFulfilled },
) => {
  const key = cartKeyOf(getState() as unknown as { auth: AuthState; language: LanguageState });
  const { data } = await queryFulfilled.catch(() => ({ data: null }));
  if (key && data) dispatch(cartApi.util.upsertQueryData('cart', key, data));
};

export const cartApi = createApi({
  reducerPath: 'cartApi',
  baseQuery: cartBaseQuery,
  tagTypes: ['Cart'],
  endpoints: (build) => ({
    cart: build.query<Cart, CartKey>({
      async queryFn({ owner, lang }, { dispatch }, _extra, baseQuery) {
        // A customer with a guest cart id still kept (they have just signed in, here or in another tab) gets the guest
        // cart joined to theirs: the merge answers with the customer's cart.
        const guestId = owner === GUEST ? null : loadCartId();
        if (guestId !== null) {
          const merged = await baseQuery({ url: '/cart/merge', method: 'POST', lang, merge: true });
          if (!merged.error) {
            if (merged.data.notices.length > 0) dispatch(mergeNoticesReceived(merged.data.notices));
            return { data: { ...merged.data, notices: [] } };
          }
          if (!refusedForGood(merged.error)) return { error: merged.error };
          forgetCartId(guestId);
        }
        return baseQuery({ url: '/cart', lang });
      },
      providesTags: ['Cart'],
    }),
    addItem: build.mutation<Cart, { sku: string; quantity: number }>({
      query: (body) => ({ url: '/cart/items', method: 'POST', body }),
      onQueryStarted: showsAnswer,
      invalidatesTags: staleOnRefusal,
    }),
    changeQuantity: build.mutation<Cart, { sku: string; quantity: number }>({
      query: ({ sku, quantity }) => ({ url: `/cart/items/${encodeURIComponent(sku)}`, method: 'PATCH', body: { quantity } }),
      onQueryStarted: showsAnswer,
      invalidatesTags: staleOnRefusal,
    }),
    removeItem: build.mutation<Cart, string>({
      query: (sku) => ({ url: `/cart/items/${encodeURIComponent(sku)}`, method: 'DELETE' }),
      onQueryStarted: showsAnswer,
    }),
    emptyCart: build.mutation<Cart, void>({
      query: () => ({ url: '/cart', method: 'DELETE' }),
      onQueryStarted: showsAnswer,
    }),
  }),
});

export const { useCartQuery, useAddItemMutation, useChangeQuantityMutation, useRemoveItemMutation, useEmptyCartMutation } =
  cartApi;
