import type { Session } from './types';

/**
 * What one tab tells the others about the session they share (the refresh cookie is one for all of them). Each says
 * when it happened, so news that arrives after newer news (a session from before a sign-out) is ignored.
 */
export type TabMessage =
  | { type: 'session'; session: Session; receivedAt: number }
  | { type: 'signed-out'; at: number };

/** How the tabs of this shop agree on who refreshes: one lock for all of them, and a channel to share the outcome. */
export interface Tabs {
  /** Runs `task` while no other tab (and no other task of this tab) holds the session lock. */
  withLock<T>(task: () => Promise<T>): Promise<T>;
  post(message: TabMessage): void;
  subscribe(listener: (message: TabMessage) => void): () => void;
}

const LOCK_NAME = 'ultramarket.session';
const CHANNEL_NAME = 'ultramarket.session';

/** A lock for this tab alone: tasks run one after another. */
export function localLock(): Tabs['withLock'] {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * The browser's tabs: the Web Locks API (`navigator.locks`) for the lock and a BroadcastChannel for the news.
 * Without Web Locks (an old browser, or a page served over plain http from a name other than localhost) the lock
 * covers this tab only; the channel still tells the other tabs about a new session, so they rarely need their own.
 */
export function browserTabs(): Tabs {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL_NAME) : null;
  const fallback = localLock();
  return {
    withLock: <T>(task: () => Promise<T>) =>
      locks ? (locks.request(LOCK_NAME, { mode: 'exclusive' }, task) as Promise<T>) : fallback(task),
    post: (message) => channel?.postMessage(message),
    subscribe: (listener) => {
      if (!channel) return () => {};
      const onMessage = (event: MessageEvent<TabMessage>) => listener(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

/** A tab with no others (tests, and anywhere the browser has neither locks nor channels). */
export function singleTab(): Tabs {
  return { withLock: localLock(), post: () => {}, subscribe: () => () => {} };
}
