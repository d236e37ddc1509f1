import { configureStore, createListenerMiddleware } from '@reduxjs/toolkit';
import type { AxiosAdapter } from 'axios';
import { catalogApi } from '../catalog/catalogApi';
import { languageReducer, saveLanguage, setLanguage } from '../i18n/languageSlice';
import { healthReducer } from '../status/healthSlice';
import { createApi, type ThunkExtra } from './api';

export interface StoreOptions {
  adapter?: AxiosAdapter;
}

export function makeStore({ adapter }: StoreOptions = {}) {
  const api = createApi(() => store.getState().language.current, adapter);
  const extra: ThunkExtra = { api };

  const listener = createListenerMiddleware();
  listener.startListening({
    actionCreator: setLanguage,
    effect: ({ payload }) => saveLanguage(payload),
  });

  const store = configureStore({
    reducer: { language: languageReducer, health: healthReducer, [catalogApi.reducerPath]: catalogApi.reducer },
    middleware: (getDefault) =>
      getDefault({ thunk: { extraArgument: extra } })
        .prepend(listener.middleware)
        .concat(catalogApi.middleware),
  });
  return store;
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;
export type AppDispatch = AppStore['dispatch'];
