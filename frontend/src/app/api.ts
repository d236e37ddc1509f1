import axios, { type AxiosAdapter, type AxiosInstance } from 'axios';
import type { Language } from '../i18n/messages';

export interface ThunkExtra {
  api: AxiosInstance;
}

/** Same-origin API client; `adapter` lets tests replace the network. */
export function createApi(getLanguage: () => Language, adapter?: AxiosAdapter): AxiosInstance {
  const api = axios.create({ baseURL: '/api', timeout: 15_000, ...(adapter && { adapter }) });
  api.interceptors.request.use((config) => {
    config.headers.set('Accept-Language', getLanguage());
    return config;
  });
  return api;
}
