import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLazySuggestQuery } from '../catalog/catalogApi';
import type { Suggestion } from '../catalog/types';
import { useI18n } from '../i18n/useI18n';
import { useDebounced } from './useDebounced';

/** Typing pauses this long before suggestions are asked for. */
export const SUGGEST_DELAY_MS = 250;
const MIN_LENGTH = 2;

export function searchPath(q: string): string {
  return `/search?${new URLSearchParams({ q })}`;
}

/** Where a suggestion leads: a category listing, a product page, or a search for the brand. */
export function suggestionPath(suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'category':
      return `/c/${suggestion.slug}`;
    case 'product':
      return `/p/${suggestion.slug}`;
    case 'brand':
      return searchPath(suggestion.text);
  }
}

/**
 * The header's search box: a combobox (WAI-ARIA 1.2) with type-ahead suggestions. Up/down move through them, enter
 * opens the highlighted one or searches for the text, escape closes the list (and clears the text when it is closed).
 * A request still under way when the text changes is aborted.
 */
export function SearchBox() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [fetchSuggestions, suggested] = useLazySuggestQuery();
  const inputId = useId();
  const listId = useId();

  // After any navigation the list is closed; on the search page the box holds what was searched for.
  const searched = location.pathname === '/search' ? (new URLSearchParams(location.search).get('q') ?? '') : null;
  useEffect(() => {
    setText(searched ?? '');
    setOpen(false);
    setActive(-1);
  }, [location.pathname, searched]);

  const term = useDebounced(text.trim(), SUGGEST_DELAY_MS);
  const wanted = open && term.length >= MIN_LENGTH ? term : '';
  useEffect(() => {
    if (!wanted) return;
    const request = fetchSuggestions({ q: wanted, lang }, true);
    return () => request.abort();
  }, [wanted, lang, fetchSuggestions]);

  // The previous answer stays on show while the next is on its way, so the list does not flicker as one types.
  const suggestions = (wanted && suggested.data) || [];
  useEffect(() => setActive(-1), [suggested.data]);
  const listShown = open && suggestions.length > 0;

  const go = (path: string) => {
    setOpen(false);
    setActive(-1);
    navigate(path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (count) setActive((i) => (i + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (listShown) setActive((i) => (i <= 0 ? count - 1 : i - 1));
        break;
      case 'Enter': {
        const chosen = listShown && active >= 0 ? suggestions[active] : undefined;
        if (chosen) {
          event.preventDefault();
          go(suggestionPath(chosen));
        }
        break; // otherwise the form searches for the text
      }
      case 'Escape':
        if (listShown) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else {
          setText('');
        }
        break;
    }
  };

  return (
    <form
      role="search"
      data-testid="search-box"
      className="relative w-full"
      onSubmit={(event) => {
        event.preventDefault();
        const q = text.trim();
        if (q) go(searchPath(q));
      }}
    >
      <label htmlFor={inputId} className="sr-only">
        {t('search.label')}
      </label>
      <input
        id={inputId}
        data-testid="search-input"
        type="text"
        role="combobox"
        inputMode="search"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        aria-autocomplete="list"
        aria-expanded={listShown}
        aria-controls={listId}
        aria-activedescendant={listShown && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className="w-full min-w-0 rounded-lg border border-slate-300 bg-white py-2 pr-11 pl-3 text-sm text-slate-900 placeholder:text-slate-400 focus:border-emerald-700 focus:outline-2 focus:outline-emerald-700"
      />
      <button
        type="submit"
        aria-label={t('search.submit')}
        className="absolute inset-y-0 right-0 flex w-10 items-center justify-center rounded-r-lg text-slate-500 hover:text-emerald-800 focus-visible:outline-2 focus-visible:outline-emerald-700"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" className="size-5">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.suggestions')}
        data-testid="suggestions"
        hidden={!listShown}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-96 overflow-y-auto rounded-lg bg-white py-1 shadow-lg ring-1 ring-slate-200"
      >
        {suggestions.map((suggestion, i) => (
          <li
            key={`${suggestion.kind}:${suggestion.slug}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            data-testid="suggestion"
            data-kind={suggestion.kind}
            // Keeps the focus in the box, so the click lands before the blur closes the list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(suggestionPath(suggestion))}
            className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 text-sm ${
              i === active ? 'bg-emerald-50 text-emerald-900' : 'text-slate-800 hover:bg-slate-50'
            }`}
          >
            <span className="min-w-0 break-words">{suggestion.text}</span>
            {suggestion.kind !== 'product' && (
              <span className="shrink-0 text-xs text-slate-500">{t(`search.kind.${suggestion.kind}`)}</span>
            )}
          </li>
        ))}
      </ul>
    </form>
  );
}
