import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters, sort and cursor kept in the address, so reload, back and a shared link show the same page.
 * `set` changes some keys (an empty value removes one) and, unless the change is the cursor itself, starts again from
 * the first page.
 */
export function useQueryState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>;
  const cursor = params.get('cursor') ?? '';
  const set = useCallback(
    (changes: Partial<Record<K | 'cursor', string>>) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes) as [string, string | undefined][]) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('cursor' in changes)) next.delete('cursor');
        return next;
      });
    },
    [setParams],
  );
  return { values, cursor, set };
}

/** The API's query for a list: the kept filters (empty ones left out), the cursor and a page size. */
export function listParams(values: Record<string, string>, cursor: string, limit = 25): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  if (cursor) params.set('cursor', cursor);
  params.set('limit', String(limit));
  return params;
}
