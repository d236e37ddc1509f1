import { useEffect } from 'react';

/** "<title> — UltraMarket" in the tab and history while the page is shown; the shop's name alone without one. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} — UltraMarket` : 'UltraMarket';
  }, [title]);
}
