import { NavLink } from 'react-router';
import { useI18n } from '../i18n/useI18n';
import { useCart } from './useCart';

function CartIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0" fill="currentColor">
      <path d="M1 2.5a1 1 0 0 1 1-1h1.4a1.5 1.5 0 0 1 1.46 1.15L5.1 3.5H17a1 1 0 0 1 .97 1.24l-1.5 6A1 1 0 0 1 15.5 11.5H7.2l.3 1.5H16a1 1 0 1 1 0 2H7.1a1.5 1.5 0 0 1-1.47-1.2L3.2 3.5H2a1 1 0 0 1-1-1ZM7 18a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm8.5-1.5a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Z" />
    </svg>
  );
}

/** The header's way to the cart, with how many items it holds (fresh after every change: they answer with the cart). */
export function CartLink() {
  const { t, count } = useI18n();
  const items = useCart().currentData?.itemCount ?? 0;

  return (
    <NavLink
      to="/cart"
      data-testid="cart-link"
      className={({ isActive }) =>
        `relative inline-flex min-h-9 items-center gap-1.5 rounded-lg px-1.5 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-emerald-700 lg:px-2 ${
          isActive ? 'bg-emerald-50 text-emerald-800' : 'text-slate-700 hover:bg-slate-100'
        }`
      }
    >
      <CartIcon />
      <span className="max-lg:sr-only">{t('nav.cart')}</span>
      {items > 0 && (
        <>
          <span
            aria-hidden="true"
            data-testid="cart-count"
            data-count={items}
            // Beside the icon alone the count sits on its corner; on a desktop, beside the word.
            className="min-w-5 rounded-full bg-emerald-700 px-1 text-center text-xs leading-5 text-white tabular-nums max-lg:absolute max-lg:-top-1 max-lg:-right-1"
          >
            {items > 99 ? '99+' : items}
          </span>
          <span className="sr-only">({count('count.items', items)})</span>
        </>
      )}
    </NavLink>
  );
}
