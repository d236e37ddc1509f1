import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { Session, User } from './types';

/**
 * The session of this tab. The access token lives here, in memory only: never in localStorage or a readable cookie
 * (the refresh token is the HttpOnly `um_refresh` cookie, which scripts cannot see).
 *
 * - `unknown`: the page has just loaded and the first refresh has not answered yet;
 * - `signedIn` / `signedOut`;
 * - `unreachable`: the first refresh could not reach the server (the cookie may still be good).
 */
export type SessionStatus = 'unknown' | 'signedIn' | 'signedOut' | 'unreachable';

export interface AuthState {
  status: SessionStatus;
  accessToken: string | null;
  /** When the access token expires, in this browser's clock (ms since the epoch): received + expiresIn. */
  expiresAtMs: number | null;
  user: User | null;
}

const initialState: AuthState = { status: 'unknown', accessToken: null, expiresAtMs: null, user: null };

export interface SessionReceived {
  session: Session;
  /** Date.now() when the answer arrived (another tab's, for a session it passed on). */
  receivedAt: number;
}

const authSlice = createSlice({
  name: 'auth',
  initialState,
  reducers: {
    sessionStarted(state, { payload }: PayloadAction<SessionReceived>) {
      state.status = 'signedIn';
      state.accessToken = payload.session.accessToken;
      state.expiresAtMs = payload.receivedAt + payload.session.expiresIn * 1000;
      state.user = payload.session.user;
    },
    sessionEnded() {
      return { ...initialState, status: 'signedOut' };
    },
    sessionUnreachable(state) {
      if (state.status === 'unknown') state.status = 'unreachable';
    },
    userChanged(state, { payload }: PayloadAction<User>) {
      if (state.user && state.user.id === payload.id) state.user = payload;
    },
  },
});

export const { sessionStarted, sessionEnded, sessionUnreachable, userChanged } = authSlice.actions;
export const authReducer = authSlice.reducer;
