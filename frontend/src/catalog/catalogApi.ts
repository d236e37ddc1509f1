import { createApi } from '@reduxjs/toolkit/query/react';
import { apiBaseQuery } from '../app/api';
import type { Language } from '../i18n/messages';
import type { CategoryNode, ProductDetails, ProductList, Suggestion } from './types';

/**
 * The catalog's read API. Every query names its language: answers are cached per language, so switching
 * language fetches the new names and switching back is instant.
 */
export const catalogApi = createApi({
  reducerPath: 'catalog',
  baseQuery: apiBaseQuery,
  // The API lets catalog answers be reused for 60 s (Cache-Control: public, max-age=60).
  keepUnusedDataFor: 60,
  endpoints: (build) => ({
    categories: build.query<CategoryNode[], Language>({
      query: (lang) => ({ url: '/categories', lang }),
      transformResponse: (body: { categories: CategoryNode[] }) => body.categories,
    }),
    /** `params` is the API query string (see listing/listingParams.ts `apiParams`). */
    products: build.query<ProductList, { params: string; lang: Language }>({
      query: ({ params, lang }) => ({ url: '/products', params: new URLSearchParams(params), lang }),
    }),
    product: build.query<ProductDetails, { slug: string; lang: Language }>({
      query: ({ slug, lang }) => ({ url: `/products/${encodeURIComponent(slug)}`, lang }),
    }),
    suggest: build.query<Suggestion[], { q: string; lang: Language }>({
      query: ({ q, lang }) => ({ url: '/search/suggest', params: new URLSearchParams({ q }), lang }),
      transformResponse: (body: { suggestions: Suggestion[] }) => body.suggestions,
    }),
  }),
});

export const { useCategoriesQuery, useProductsQuery, useProductQuery, useLazySuggestQuery } = catalogApi;
