import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useAppDispatch, useAppSelector } from '../app/hooks';
import { signOut } from '../auth/sessionKeeper';
import { useI18n } from '../i18n/useI18n';

function PersonIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0" fill="currentColor">
      <path d="M10 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0 1 1 0 0 1-1 1H4a1 1 0 0 1-1-1Z" />
    </svg>
  );
}

const itemClass =
  'block w-full rounded-md px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-emerald-700';

/** "Sign in" for a guest; for a shopper, their name opening a menu: profile, addresses, orders, sign out. */
export function AccountMenu() {
  const { t } = useI18n();
  const dispatch = useAppDispatch();
  const { status, user } = useAppSelector((state) => state.auth);
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // A new page closes the menu.
  useEffect(() => setOpen(false), [location.pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (status !== 'signedIn' || !user) {
    const here = location.pathname + location.search;
    const onAuthPage = location.pathname === '/signin' || location.pathname === '/signup';
    return (
      <Link
        to={onAuthPage ? '/signin' : `/signin?next=${encodeURIComponent(here)}`}
        data-testid="signin-link"
        // Until the first refresh answers, the link keeps its place without flashing "Sign in" at a signed-in shopper.
        className={`inline-flex min-h-9 items-center gap-1.5 rounded-lg px-2 py-1.5 text-sm font-semibold text-emerald-800 hover:bg-emerald-50 focus-visible:outline-2 focus-visible:outline-emerald-700 ${
          status === 'unknown' ? 'invisible' : ''
        }`}
      >
        <PersonIcon />
        <span className="max-sm:sr-only">{t('account.signIn')}</span>
      </Link>
    );
  }

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        data-testid="account-button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('account.menuLabel', { name: user.name })}
        onClick={() => {
          setFailed(false);
          setOpen((was) => !was);
        }}
        className="inline-flex min-h-9 max-w-44 items-center gap-1.5 rounded-lg px-2 py-1.5 text-sm font-semibold text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-emerald-700"
      >
        <PersonIcon />
        <span data-testid="account-name" className="truncate max-sm:sr-only">
          {user.name}
        </span>
      </button>
      {open && (
        <div
          id={menuId}
          data-testid="account-menu"
          className="absolute right-0 z-20 mt-2 w-56 rounded-xl border border-slate-200 bg-white p-1 shadow-lg"
        >
          <p className="truncate px-3 py-2 text-sm font-semibold text-slate-900 sm:hidden">{user.name}</p>
          <ul>
            <li>
              <Link to="/account" className={itemClass}>
                {t('account.profile')}
              </Link>
            </li>
            <li>
              <Link to="/account/addresses" className={itemClass}>
                {t('account.addresses')}
              </Link>
            </li>
            <li>
              <Link to="/orders" data-testid="orders-menu-link" className={itemClass}>
                {t('account.orders')}
              </Link>
            </li>
            {(user.role === 'manager' || user.role === 'admin') && (
              <li>
                <Link to="/admin" data-testid="admin-menu-link" className={itemClass}>
                  {t('account.admin')}
                </Link>
              </li>
            )}
            <li>
              <button
                type="button"
                data-testid="signout"
                className={`${itemClass} text-red-700`}
                onClick={async () => {
                  const result = await dispatch(signOut());
                  if (signOut.rejected.match(result)) setFailed(true);
                  else setOpen(false);
                }}
              >
                {t('account.signOut')}
              </button>
            </li>
          </ul>
          {failed && (
            <p role="alert" className="px-3 py-2 text-xs text-red-700">
              {t('account.signOutFailed')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
