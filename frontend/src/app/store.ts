import { configureStore, createListenerMiddleware, isAnyOf } from '@reduxjs/toolkit';
import type { AxiosAdapter } from 'axios';
import { accountApi } from '../account/accountApi';
import { authReducer, sessionEnded, sessionStarted, userChanged } from '../auth/authSlice';
import type { User } from '../auth/types';
import { createSessionKeeper, type SessionExtra } from '../auth/sessionKeeper';
import { browserTabs, singleTab, type Tabs } from '../auth/tabs';
import { cartApi } from '../cart/cartApi';
import { cartNewsReducer } from '../cart/cartNewsSlice';
import { catalogApi } from '../catalog/catalogApi';
import { languageReducer, saveLanguage, setLanguage } from '../i18n/languageSlice';
import { healthReducer } from '../status/healthSlice';
import { createApi } from './api';

export interface StoreOptions {
  adapter?: AxiosAdapter;
  /** How this tab coordinates the session with the shop's other tabs (default: Web Locks + BroadcastChannel). */
  tabs?: Tabs;
  /** Restore the session from the refresh cookie now and keep it fresh (the app does; most tests need not). */
  startSession?: boolean;
}

export function makeStore({ adapter, tabs, startSession = false }: StoreOptions = {}) {
  const api = createApi(() => store.getState().language.current, adapter);
  const session = createSessionKeeper({
    api,
    dispatch: (action) => store.dispatch(action),
    getState: () => store.getState(),
    tabs: tabs ?? (adapter ? singleTab() : browserTabs()),
  });
  const extra: SessionExtra = { api, session };

  const listener = createListenerMiddleware();
  listener.startListening({
    actionCreator: setLanguage,
    effect: ({ payload }) => saveLanguage(payload),
  });
  // What one shopper's account holds never outlives their session on screen.
  listener.startListening({
    predicate: (action, state, previous) =>
      sessionEnded.match(action) ||
      (sessionStarted.match(action) &&
        (previous as RootState).auth.user?.id !== (state as RootState).auth.user?.id),
    effect: (_, api) => {
      api.dispatch(accountApi.util.resetApiState());
      api.dispatch(cartApi.util.resetApiState());
    },
  });
  listener.startListening({
    matcher: isAnyOf(accountApi.endpoints.me.matchFulfilled, accountApi.endpoints.updateMe.matchFulfilled),
    effect: (action, api) => {
      api.dispatch(userChanged((action as unknown as { payload: User }).payload));
    },
  });

  const store = configureStore({
    reducer: {
      language: languageReducer,
      health: healthReducer,
      auth: authReducer,
      [catalogApi.reducerPath]: catalogApi.reducer,
      [accountApi.reducerPath]: accountApi.reducer,
      [cartApi.reducerPath]: cartApi.reducer,
      cartNews: cartNewsReducer,
    },
    middleware: (getDefault) =>
      getDefault({ thunk: { extraArgument: extra } })
        .prepend(listener.middleware)
        .concat(catalogApi.middleware, accountApi.middleware, cartApi.middleware),
  });
  if (startSession) session.start();
  return store;
}

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore['getState']>;
export type AppDispatch = AppStore['dispatch'];
