import { createAsyncThunk, type UnknownAction } from '@reduxjs/toolkit';
import { isAxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';
import { toApiError, type ThunkExtra } from '../app/api';
import { sessionEnded, sessionStarted, sessionUnreachable, type AuthState } from './authSlice';
import type { Tabs, TabMessage } from './tabs';
import { isSession, type Session } from './types';

/** Refresh this long before the access token expires (it lives 15 minutes). */
export const REFRESH_AHEAD_MS = 60_000;
/** After a refresh that could not reach the server, try again this much later. */
export const RETRY_AFTER_FAILURE_MS = 15_000;

/** Routes that never take the access token: sign-in itself and what every shopper sees alike (cacheable). */
const PUBLIC_ROUTES = /^\/?(auth|health|categories|products|search|images)(\/|\?|$)/;

export interface SessionKeeper {
  /** Restores the session from the refresh cookie (on load) and keeps it fresh; returns a stop function. */
  start(): () => void;
  /**
   * Runs one refresh at a time, in this tab and across tabs (the server takes two uses of one refresh token for theft
   * and ends the session). `staleToken`: the access token that failed or is about to expire; if another tab or an
   * earlier refresh has replaced it meanwhile, there is nothing to do. Resolves whether a session is on.
   */
  refresh(staleToken?: string | null): Promise<boolean>;
  /** Runs a sign-in request under the session lock (no refresh may cross it) and makes its answer the session. */
  signIn(request: () => Promise<unknown>): Promise<Session>;
  /** Ends the session on the server and in every tab. */
  signOut(): Promise<void>;
}

export interface SessionKeeperOptions {
  api: AxiosInstance;
  dispatch: (action: UnknownAction) => unknown;
  getState: () => { auth: AuthState };
  tabs: Tabs;
  now?: () => number;
}

type RetriableConfig = InternalAxiosRequestConfig & { sessionRetried?: boolean };

function bearerOf(config: InternalAxiosRequestConfig): string | null {
  const header = config.headers?.get?.('Authorization');
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
}

export function isPublicRoute(url: string | undefined): boolean {
  return PUBLIC_ROUTES.test(url ?? '');
}

export function createSessionKeeper({ api, dispatch, getState, tabs, now = Date.now }: SessionKeeperOptions): SessionKeeper {
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the latest session news of this tab happened (a session received, a sign-out), in ms since the epoch. */
  let lastNewsAt = 0;
  const auth = () => getState().auth;
  const expiringSoon = (state: AuthState) => state.expiresAtMs === null || state.expiresAtMs - now() < REFRESH_AHEAD_MS;

  function schedule(delay?: number) {
    clearTimeout(timer);
    timer = undefined;
    const { accessToken, expiresAtMs } = auth();
    if (!accessToken || expiresAtMs === null) return;
    const wait = delay ?? Math.max(0, expiresAtMs - REFRESH_AHEAD_MS - now());
    timer = setTimeout(() => void refresh(accessToken), wait);
  }

  function adopt(session: Session, receivedAt: number) {
    lastNewsAt = Math.max(lastNewsAt, receivedAt);
    dispatch(sessionStarted({ session, receivedAt }));
    schedule();
  }

  function end(at = now()) {
    lastNewsAt = Math.max(lastNewsAt, at);
    clearTimeout(timer);
    timer = undefined;
    dispatch(sessionEnded());
  }

  function onTabMessage(message: TabMessage) {
    if (message.type === 'session' && isSession(message.session)) {
      if (message.receivedAt >= lastNewsAt) adopt(message.session, message.receivedAt);
    } else if (message.type === 'signed-out') {
      if (message.at >= lastNewsAt) end(message.at);
    }
  }

  /** Signs this tab out and tells the others. */
  function endEverywhere() {
    const at = now();
    end(at);
    tabs.post({ type: 'signed-out', at });
  }

  function refresh(staleToken: string | null = auth().accessToken): Promise<boolean> {
    if (inFlight) return inFlight;
    inFlight = tabs
      .withLock(async () => {
        // News posted by the tab that held the lock before us is delivered first.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const before = auth();
        // While this tab waited for the lock, another one refreshed and passed the session on.
        if (before.accessToken && before.accessToken !== staleToken && !expiringSoon(before)) return true;
        try {
          const response = await api.post<unknown>('/auth/refresh');
          if (!isSession(response.data)) throw new Error('Unexpected answer from /auth/refresh');
          const receivedAt = now();
          adopt(response.data, receivedAt);
          tabs.post({ type: 'session', session: response.data, receivedAt });
          return true;
        } catch (error) {
          const problem = toApiError(error);
          if (problem.kind === 'http' && problem.status >= 400 && problem.status < 500 && problem.status !== 429) {
            // No cookie, or a spent, expired or revoked one: the cookie is cleared, the session is over.
            // The cookie is the same for every tab: they are all signed out (told only when there was a session,
            // so a tab opened without one cannot sign out a tab that has just signed in).
            if (auth().status === 'signedIn') endEverywhere();
            else end();
            return false;
          }
          // The server could not be reached: the cookie may still be good. Try again a little later.
          dispatch(sessionUnreachable());
          schedule(RETRY_AFTER_FAILURE_MS);
          return false;
        }
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  api.interceptors.request.use(async (config) => {
    if (isPublicRoute(config.url)) return config;
    let state = auth();
    // A tab that slept past the token's life refreshes before sending rather than after a 401.
    if (state.accessToken && state.expiresAtMs !== null && state.expiresAtMs - now() < 5_000) {
      await refresh(state.accessToken);
      state = auth();
    }
    if (state.accessToken && !config.headers.has('Authorization')) {
      config.headers.set('Authorization', `Bearer ${state.accessToken}`);
    }
    return config;
  });

  // A 401 to a request that carried a token: refresh once (with every other request that got one meanwhile), retry once.
  api.interceptors.response.use(undefined, async (error: unknown) => {
    if (!isAxiosError(error) || error.response?.status !== 401 || !error.config) throw error;
    const config = error.config as RetriableConfig;
    const sent = bearerOf(config);
    if (!sent || config.sessionRetried || isPublicRoute(config.url)) throw error;
    const ok = await refresh(sent);
    const token = auth().accessToken;
    if (!ok || !token) throw error;
    config.sessionRetried = true;
    config.headers.set('Authorization', `Bearer ${token}`);
    return api.request(config);
  });

  return {
    start() {
      const unsubscribe = tabs.subscribe(onTabMessage);
      const onVisible = () => {
        const state = auth();
        if (document.visibilityState === 'visible' && state.status === 'signedIn' && expiringSoon(state)) {
          void refresh(state.accessToken);
        }
      };
      document.addEventListener('visibilitychange', onVisible);
      void refresh(null);
      return () => {
        unsubscribe();
        document.removeEventListener('visibilitychange', onVisible);
        clearTimeout(timer);
      };
    },
    refresh,
    async signIn(request) {
      return tabs.withLock(async () => {
        const data = await request();
        if (!isSession(data)) throw new Error('Unexpected answer to a sign-in');
        const receivedAt = now();
        adopt(data, receivedAt);
        tabs.post({ type: 'session', session: data, receivedAt });
        return data;
      });
    },
    async signOut() {
      await tabs.withLock(() => api.post('/auth/logout'));
      endEverywhere();
    },
  };
}

/** What thunks and RTK Query endpoints find in `extra`. */
export interface SessionExtra extends ThunkExtra {
  session: SessionKeeper;
}

export const signOut = createAsyncThunk<void, void, { extra: SessionExtra }>('auth/signOut', (_, { extra }) =>
  extra.session.signOut(),
);

/** Tries the refresh cookie again (after the server could not be reached). */
export const retrySession = createAsyncThunk<boolean, void, { extra: SessionExtra }>('auth/retry', (_, { extra }) =>
  extra.session.refresh(null),
);
