import type { BaseQueryFn } from '@reduxjs/toolkit/query';
import axios, { AxiosHeaders, isAxiosError, isCancel, type AxiosAdapter, type AxiosInstance } from 'axios';
import type { Language } from '../i18n/messages';

export interface ThunkExtra {
  api: AxiosInstance;
}

/** Same-origin API client; `adapter` lets tests replace the network. */
export function createApi(getLanguage: () => Language, adapter?: AxiosAdapter): AxiosInstance {
  const api = axios.create({
    baseURL: '/api',
    timeout: 15_000,
    // Repeated parameters as the API reads them: brand=a&brand=b, not brand[]=a.
    paramsSerializer: { indexes: null },
    ...(adapter && { adapter }),
  });
  api.interceptors.request.use((config) => {
    // A request cached per language names its language itself; every other follows the shopper's choice.
    if (!config.headers.has('Accept-Language')) config.headers.set('Accept-Language', getLanguage());
    return config;
  });
  return api;
}

/** One field the API refused, from a problem+json `errors[]`. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** What went wrong with a request, in the terms a page decides on. */
export type ApiError =
  | { kind: 'http'; status: number; detail: string; errors: FieldProblem[]; retryAfter?: number; type?: string }
  | { kind: 'network' }
  | { kind: 'aborted' }
  | { kind: 'unexpected'; message: string };

export function toApiError(error: unknown): ApiError {
  if (isCancel(error) || (error instanceof Error && error.name === 'AbortError')) return { kind: 'aborted' };
  if (isAxiosError(error)) {
    if (!error.response) return { kind: 'network' };
    const body: unknown = error.response.data;
    const problem = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    // Each entry names its field and says why as `reason` (the shop's API) or `message` (the admin API's contract).
    const errors: FieldProblem[] = Array.isArray(problem.errors)
      ? problem.errors.flatMap((e: unknown) => {
          if (typeof e !== 'object' || e === null) return [];
          const { field, reason, message } = e as Record<string, unknown>;
          const why = typeof reason === 'string' ? reason : typeof message === 'string' ? message : undefined;
          return typeof field === 'string' && why !== undefined ? [{ field, reason: why }] : [];
        })
      : [];
    // A 429 says in Retry-After how many seconds to wait (the API sends whole seconds).
    const headers = error.response.headers;
    const retryAfterHeader = headers instanceof AxiosHeaders ? headers.get('retry-after') : headers?.['retry-after'];
    const retryAfter = Number.parseInt(String(retryAfterHeader ?? ''), 10);
    return {
      kind: 'http',
      status: error.response.status,
      detail: typeof problem.detail === 'string' ? problem.detail : '',
      errors,
      // The problem's kind (`/api/docs#problem-price-changed`), for answers whose status alone does not say.
      ...(typeof problem.type === 'string' && { type: problem.type }),
      ...(Number.isFinite(retryAfter) && retryAfter >= 0 && { retryAfter }),
    };
  }
  return { kind: 'unexpected', message: error instanceof Error ? error.message : String(error) };
}

/** A GET under /api; `lang`, when given, is sent as Accept-Language (and belongs to the cache key). */
export interface ApiRequest {
  url: string;
  params?: URLSearchParams;
  lang?: Language;
}

/** RTK Query's way to the API: the store's axios client, the query's abort signal, errors as ApiError. */
export const apiBaseQuery: BaseQueryFn<ApiRequest, unknown, ApiError> = async (request, { extra, signal }) => {
  try {
    const response = await (extra as ThunkExtra).api.get<unknown>(request.url, {
      params: request.params,
      signal,
      headers: request.lang ? { 'Accept-Language': request.lang } : undefined,
    });
    // Anything but a JSON object (an HTML page from a misrouted proxy, say) is not an answer of our API.
    if (typeof response.data !== 'object' || response.data === null) {
      return { error: { kind: 'unexpected', message: `Unexpected answer from ${request.url}` } };
    }
    return { data: response.data };
  } catch (error) {
    return { error: toApiError(error) };
  }
};
