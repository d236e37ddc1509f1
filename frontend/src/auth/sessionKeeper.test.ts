import { describe, expect, it } from 'vitest';
import { makeStore } from '../app/store';
import { bearerOf, dilnoza, problem, session } from '../test/accountFixtures';
import { fakeServer, type Reply, type SeenRequest } from '../test/renderApp';
import { localLock, type TabMessage, type Tabs } from './tabs';

/** Lets every pending promise and zero-delay timer run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Tabs of one browser: one lock, one channel (messages arrive asynchronously, as BroadcastChannel's do). */
function browser() {
  const lock = localLock();
  const listeners = new Set<{ tab: number; listener: (m: TabMessage) => void }>();
  let next = 0;
  const tab = (): Tabs => {
    const me = next++;
    return {
      withLock: lock,
      post: (message) =>
        listeners.forEach(({ tab: other, listener }) => other !== me && setTimeout(() => listener(structuredClone(message)), 0)),
      subscribe: (listener) => {
        const entry = { tab: me, listener };
        listeners.add(entry);
        return () => listeners.delete(entry);
      },
    };
  };
  return { tab };
}

/**
 * The accounts API as the server keeps it: one refresh cookie for the whole browser, each refresh token good once;
 * a spent one presented again revokes the family (every later refresh is a 401), as functions/accounts does.
 */
function accountsServer(route: (request: SeenRequest) => Reply | undefined | Promise<Reply | undefined> = () => undefined) {
  const state = {
    cookie: 'r1' as string | null,
    spent: new Set<string>(),
    revoked: false,
    concurrent: 0,
    maxConcurrent: 0,
    validTokens: new Set<string>(),
  };
  let rotation = 1;
  const server = fakeServer(async (request) => {
    if (request.path === '/auth/refresh') {
      const sent = state.cookie; // what the browser attaches when the request leaves
      state.concurrent += 1;
      state.maxConcurrent = Math.max(state.maxConcurrent, state.concurrent);
      await settle();
      state.concurrent -= 1;
      if (!sent || state.revoked || state.spent.has(sent)) {
        state.revoked = true;
        state.cookie = null;
        return problem(401);
      }
      state.spent.add(sent);
      rotation += 1;
      state.cookie = `r${rotation}`;
      const answer = session();
      state.validTokens.add(answer.accessToken);
      return { status: 200, body: answer };
    }
    if (request.path === '/auth/logout') {
      state.cookie = null;
      return { status: 204, body: '' };
    }
    return route(request);
  });
  const accepts = (request: SeenRequest) => state.validTokens.has(String(bearerOf(request)).replace(/^Bearer /, ''));
  return { ...server, state, accepts };
}

const refreshRequests = (requests: SeenRequest[]) => requests.filter((r) => r.path === '/auth/refresh');

describe('the session keeper', () => {
  it('restores the session from the refresh cookie on load, keeping the access token in memory only', async () => {
    const server = accountsServer();
    const store = makeStore({ adapter: server.adapter, startSession: true });
    expect(store.getState().auth.status).toBe('unknown');
    await waitUntil(() => store.getState().auth.status !== 'unknown');
    const { auth } = store.getState();
    expect(auth.status).toBe('signedIn');
    expect(auth.user?.name).toBe('Dilnoza');
    expect(auth.accessToken).toMatch(/^token-/);
    expect(JSON.stringify({ ...localStorage })).not.toContain(auth.accessToken);
    expect(refreshRequests(server.requests)).toHaveLength(1);
  });

  it('is signed out when the refresh cookie is refused', async () => {
    const server = accountsServer();
    server.state.cookie = null;
    const store = makeStore({ adapter: server.adapter, startSession: true });
    await waitUntil(() => store.getState().auth.status !== 'unknown');
    expect(store.getState().auth.status).toBe('signedOut');
  });

  it('sends the access token to the account API but not to the public catalog', async () => {
    const server = accountsServer((request) =>
      request.path === '/me' ? { status: 200, body: dilnoza } : { status: 200, body: { categories: [] } },
    );
    const store = makeStore({ adapter: server.adapter });
    await store.dispatch(() => Promise.resolve());
    const { session: keeper, api } = extraOf(store);
    await keeper.refresh();
    await api.get('/me');
    await api.get('/categories');
    const me = server.requests.find((r) => r.path === '/me')!;
    const categories = server.requests.find((r) => r.path === '/categories')!;
    expect(bearerOf(me)).toBe(`Bearer ${store.getState().auth.accessToken}`);
    expect(categories.config.headers.has('Authorization')).toBe(false);
  });

  it('on a 401 refreshes once and retries the request with the new token', async () => {
    const sent: (string | null)[] = []; // as each request left (a retry reuses its config)
    const server = accountsServer((request) => {
      if (request.path !== '/me') return undefined;
      sent.push(String(bearerOf(request)));
      return server.accepts(request) ? { status: 200, body: dilnoza } : problem(401);
    });
    const store = makeStore({ adapter: server.adapter });
    const { session: keeper, api } = extraOf(store);
    await keeper.refresh();
    const old = store.getState().auth.accessToken!;
    server.state.validTokens.delete(old); // expired, say, while the tab slept

    const answer = await api.get('/me');

    expect(answer.data).toEqual(dilnoza);
    const fresh = store.getState().auth.accessToken;
    expect(fresh).not.toBe(old);
    expect(sent).toEqual([`Bearer ${old}`, `Bearer ${fresh}`]);
    expect(refreshRequests(server.requests)).toHaveLength(2); // on load, and once for the 401
  });

  it('answers three concurrent 401s with ONE refresh, then retries each once', async () => {
    const sent: string[] = [];
    const server = accountsServer((request) => {
      if (!request.path.startsWith('/me')) return undefined;
      sent.push(String(bearerOf(request)));
      return server.accepts(request) ? { status: 200, body: { ok: request.path } } : problem(401);
    });
    const store = makeStore({ adapter: server.adapter });
    const { session: keeper, api } = extraOf(store);
    await keeper.refresh();
    server.state.validTokens.clear();

    const results = await Promise.all([api.get('/me'), api.get('/me/addresses'), api.get('/me')]);

    expect(results.map((r) => r.data)).toEqual([{ ok: '/me' }, { ok: '/me/addresses' }, { ok: '/me' }]);
    expect(refreshRequests(server.requests)).toHaveLength(2); // the first on load, ONE for the three 401s
    const fresh = `Bearer ${store.getState().auth.accessToken}`;
    expect(sent).toHaveLength(6); // three refused, three retried
    expect(sent.slice(3)).toEqual([fresh, fresh, fresh]);
    expect(sent.slice(0, 3)).not.toContain(fresh);
    expect(server.state.revoked).toBe(false);
  });

  it('does not retry forever: a 401 again after the refresh is the answer', async () => {
    const server = accountsServer((request) => (request.path === '/me' ? problem(401) : undefined));
    const store = makeStore({ adapter: server.adapter });
    const { session: keeper, api } = extraOf(store);
    await keeper.refresh();
    await expect(api.get('/me')).rejects.toMatchObject({ response: { status: 401 } });
    expect(server.requests.filter((r) => r.path === '/me')).toHaveLength(2);
    expect(refreshRequests(server.requests)).toHaveLength(2);
  });

  it('when the refresh is refused, the request fails with its 401 and the tab is signed out', async () => {
    const server = accountsServer((request) => (request.path === '/me' ? problem(401) : undefined));
    const store = makeStore({ adapter: server.adapter });
    const { session: keeper, api } = extraOf(store);
    await keeper.refresh();
    server.state.cookie = null;
    await expect(api.get('/me')).rejects.toMatchObject({ response: { status: 401 } });
    expect(store.getState().auth.status).toBe('signedOut');
    expect(store.getState().auth.accessToken).toBeNull();
  });

  it('two tabs refreshing at once take turns, so the server never sees one refresh token twice', async () => {
    const server = accountsServer();
    const tabs = browser();
    const first = makeStore({ adapter: server.adapter, tabs: tabs.tab() });
    const second = makeStore({ adapter: server.adapter, tabs: tabs.tab() });
    // Both tabs load at the same moment.
    const stops = [extraOf(first).session.start(), extraOf(second).session.start()];
    await waitUntil(() => first.getState().auth.status === 'signedIn' && second.getState().auth.status === 'signedIn');
    expect(server.state.maxConcurrent).toBe(1);
    expect(server.state.revoked).toBe(false);

    // Both tokens expire at once, and each tab refreshes: one at a time again, and both stay signed in.
    await Promise.all([extraOf(first).session.refresh(), extraOf(second).session.refresh()]);
    await settle();
    expect(server.state.maxConcurrent).toBe(1);
    expect(server.state.revoked).toBe(false);
    expect(first.getState().auth.status).toBe('signedIn');
    expect(second.getState().auth.status).toBe('signedIn');
    stops.forEach((stop) => stop());
  });

  it('a tab waiting for the lock takes the session another tab just got, without a refresh of its own', async () => {
    const server = accountsServer();
    const tabs = browser();
    const first = makeStore({ adapter: server.adapter, tabs: tabs.tab() });
    const second = makeStore({ adapter: server.adapter, tabs: tabs.tab() });
    const stops = [extraOf(first).session.start(), extraOf(second).session.start()];
    await waitUntil(() => second.getState().auth.status === 'signedIn');
    await settle();
    const before = refreshRequests(server.requests).length;
    const stale = second.getState().auth.accessToken;

    // The first tab refreshes; the second got a 401 with the token both had and asks for a refresh meanwhile.
    const firstDone = extraOf(first).session.refresh();
    const secondDone = extraOf(second).session.refresh(stale);
    await Promise.all([firstDone, secondDone]);
    await settle();
    expect(second.getState().auth.accessToken).toBe(first.getState().auth.accessToken);
    expect(refreshRequests(server.requests).length - before).toBe(1);
    stops.forEach((stop) => stop());
  });

  it('signing out calls /auth/logout and signs out every tab', async () => {
    const server = accountsServer();
    const tabs = browser();
    const first = makeStore({ adapter: server.adapter, tabs: tabs.tab() });
    const second = makeStore({ adapter: server.adapter, tabs: tabs.tab() });
    const stops = [extraOf(first).session.start(), extraOf(second).session.start()];
    await waitUntil(() => first.getState().auth.status === 'signedIn' && second.getState().auth.status === 'signedIn');

    await extraOf(first).session.signOut();
    await waitUntil(() => second.getState().auth.status === 'signedOut');
    expect(server.requests.filter((r) => r.path === '/auth/logout')).toHaveLength(1);
    expect(first.getState().auth).toMatchObject({ status: 'signedOut', accessToken: null, user: null });
    expect(second.getState().auth).toMatchObject({ status: 'signedOut', accessToken: null, user: null });
    stops.forEach((stop) => stop());
  });
});

async function waitUntil(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await settle();
  expect(condition()).toBe(true);
}

/** The thunk `extra` of a store: its axios client and session keeper. */
function extraOf(store: ReturnType<typeof makeStore>) {
  let extra: unknown;
  store.dispatch((_dispatch: unknown, _getState: unknown, e: unknown) => {
    extra = e;
  });
  return extra as import('./sessionKeeper').SessionExtra;
}
