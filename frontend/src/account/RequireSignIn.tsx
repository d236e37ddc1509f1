import type { ReactNode } from 'react';
import { Navigate, NavLink, useLocation } from 'react-router';
import { useAppDispatch, useAppSelector } from '../app/hooks';
import { useI18n } from '../i18n/useI18n';
import { retrySession } from '../auth/sessionKeeper';

/** A page for signed-in shoppers: others go to sign-in, which brings them back here. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const status = useAppSelector((state) => state.auth.status);
  const location = useLocation();
  const dispatch = useAppDispatch();

  if (status === 'unknown') {
    return (
      <p role="status" data-testid="session-loading" className="py-10 text-center text-slate-500">
        {t('account.loading')}
      </p>
    );
  }
  if (status === 'unreachable') {
    return (
      <div role="alert" data-testid="session-unreachable" className="rounded-xl border border-red-200 bg-red-50 p-4 text-red-800">
        <p>{t('account.unreachable')}</p>
        <button
          type="button"
          onClick={() => void dispatch(retrySession())}
          className="mt-3 rounded-lg bg-white px-3 py-1.5 text-sm font-semibold text-red-800 ring-1 ring-red-300 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-700"
        >
          {t('error.retry')}
        </button>
      </div>
    );
  }
  if (status === 'signedOut') {
    const back = location.pathname + location.search;
    return <Navigate to={`/signin?next=${encodeURIComponent(back)}`} replace />;
  }
  return <>{children}</>;
}

const tabClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm font-semibold whitespace-nowrap ${
    isActive ? 'bg-emerald-50 text-emerald-800' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'
  }`;

/** The account's pages: their title and the links between them. */
export function AccountSection({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="mx-auto max-w-2xl">
      <nav aria-label={t('account.nav')} className="-mx-3 mb-4 flex gap-1 overflow-x-auto">
        <NavLink to="/account" end className={tabClass}>
          {t('account.profile')}
        </NavLink>
        <NavLink to="/account/addresses" className={tabClass}>
          {t('account.addresses')}
        </NavLink>
        <NavLink to="/orders" className={tabClass}>
          {t('account.orders')}
        </NavLink>
      </nav>
      <h1 data-testid="page-title" className="text-2xl font-bold text-slate-900">
        {title}
      </h1>
      <div className="mt-6 space-y-6">{children}</div>
    </section>
  );
}
