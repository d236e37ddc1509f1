import { createApi, type BaseQueryFn } from '@reduxjs/toolkit/query/react';
import { toApiError, type ApiError } from '../app/api';
import type { SessionExtra } from '../auth/sessionKeeper';
import type { Language } from '../i18n/messages';
import type { OtpPurpose, OtpSent, Session, User } from '../auth/types';
import type { RegionCode } from './regions';

export interface Address {
  id: string;
  region: RegionCode;
  district: string;
  street: string;
  landmark?: string;
  recipientName?: string;
  recipientPhone: string;
  createdAt: string;
  updatedAt: string;
}

/** An address as a form sends it; `null` clears an optional field when changing one. */
export interface AddressInput {
  region: string;
  district: string;
  street: string;
  landmark?: string | null;
  recipientName?: string | null;
  recipientPhone: string;
}

export interface RegisterRequest {
  phone: string;
  code: string;
  name: string;
  password?: string;
}

export type LoginRequest = { phone: string; code: string } | { phone: string; password: string };

export interface ProfileChanges {
  name?: string;
  password?: string;
  currentPassword?: string;
}

export interface ApiCall {
  url: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  params?: URLSearchParams;
  headers?: Record<string, string>;
  /** Sent as Accept-Language: a read cached per language names its own (the others follow the shopper's choice). */
  lang?: Language;
}

/** Any method under /api through the store's axios client (which adds the access token and refreshes it on a 401). */
export const apiCallBaseQuery: BaseQueryFn<ApiCall, unknown, ApiError> = async (call, { extra, signal }) => {
  try {
    const response = await (extra as SessionExtra).api.request<unknown>({
      url: call.url,
      method: call.method ?? 'GET',
      data: call.body,
      params: call.params,
      signal,
      headers: { ...call.headers, ...(call.lang && { 'Accept-Language': call.lang }) },
    });
    return { data: response.data ?? null };
  } catch (error) {
    return { error: toApiError(error) };
  }
};

/** Register and login answer a session: it is taken under the session lock, so no refresh of another tab crosses it. */
async function startSession(extra: unknown, url: string, body: unknown) {
  const { api, session } = extra as SessionExtra;
  try {
    return { data: await session.signIn(async () => (await api.post<unknown>(url, body)).data) };
  } catch (error) {
    return { error: toApiError(error) };
  }
}

export const accountApi = createApi({
  reducerPath: 'accountApi',
  baseQuery: apiCallBaseQuery,
  tagTypes: ['Me', 'Addresses'],
  endpoints: (build) => ({
    requestOtp: build.mutation<OtpSent, { phone: string; purpose: OtpPurpose }>({
      query: (body) => ({ url: '/auth/otp', method: 'POST', body }),
    }),
    register: build.mutation<Session, RegisterRequest>({
      queryFn: (body, { extra }) => startSession(extra, '/auth/register', body),
    }),
    login: build.mutation<Session, LoginRequest>({
      queryFn: (body, { extra }) => startSession(extra, '/auth/login', body),
    }),
    me: build.query<User, void>({
      query: () => ({ url: '/me' }),
      providesTags: ['Me'],
    }),
    updateMe: build.mutation<User, ProfileChanges>({
      query: (body) => ({ url: '/me', method: 'PATCH', body }),
      async onQueryStarted(_, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (data) dispatch(accountApi.util.upsertQueryData('me', undefined, data));
      },
    }),
    addresses: build.query<Address[], void>({
      query: () => ({ url: '/me/addresses' }),
      transformResponse: (answer: { items?: Address[] }) => answer.items ?? [],
      providesTags: ['Addresses'],
    }),
    addAddress: build.mutation<Address, AddressInput>({
      query: (body) => ({ url: '/me/addresses', method: 'POST', body }),
      invalidatesTags: ['Addresses'],
    }),
    changeAddress: build.mutation<Address, { id: string; changes: Partial<AddressInput> }>({
      query: ({ id, changes }) => ({ url: `/me/addresses/${encodeURIComponent(id)}`, method: 'PATCH', body: changes }),
      invalidatesTags: ['Addresses'],
    }),
    deleteAddress: build.mutation<null, string>({
      query: (id) => ({ url: `/me/addresses/${encodeURIComponent(id)}`, method: 'DELETE' }),
      invalidatesTags: ['Addresses'],
    }),
  }),
});

export const {
  useRequestOtpMutation,
  useRegisterMutation,
  useLoginMutation,
  useMeQuery,
  useUpdateMeMutation,
  useAddressesQuery,
  useAddAddressMutation,
  useChangeAddressMutation,
  useDeleteAddressMutation,
} = accountApi;
