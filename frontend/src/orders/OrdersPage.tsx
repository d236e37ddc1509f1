import { Link } from 'react-router';
import { primaryButton, secondaryButton } from '../account/Field';
import { generalProblem } from '../account/problems';
import { AccountSection, RequireSignIn } from '../account/RequireSignIn';
import type { ApiError } from '../app/api';
import { LoadError } from '../catalog/LoadError';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { formatTashkentDate } from './dates';
import { useOrdersI18n } from './i18n/messages';
import { useOrdersInfiniteQuery } from './ordersApi';
import { StatusBadge } from './StatusBadge';

/** `/orders` (signed in only): the shopper's orders, newest first, 20 at a time with "Show more". */
export function OrdersPage() {
  const { t } = useOrdersI18n();
  useDocumentTitle(t('orders.title'));
  return (
    <RequireSignIn>
      <AccountSection title={t('orders.title')}>
        <OrderHistory />
      </AccountSection>
    </RequireSignIn>
  );
}

function OrderHistory() {
  const { t, lang, money, count } = useOrdersI18n();
  // Read afresh on every visit: statuses move on, and an order placed or cancelled elsewhere shows.
  const orders = useOrdersInfiniteQuery(undefined, { refetchOnMountOrArgChange: true });
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];

  if (!orders.data) {
    if (orders.error) return <LoadError error={orders.error} onRetry={() => void orders.refetch()} />;
    return (
      <p role="status" className="text-slate-500">
        {t('orders.loading')}
      </p>
    );
  }
  if (items.length === 0) {
    return (
      <div data-testid="orders-empty" className="rounded-2xl bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
        <p className="text-lg font-semibold text-slate-900">{t('orders.empty')}</p>
        <p className="mt-1 text-slate-600">{t('orders.emptyHint')}</p>
        <Link to="/" className={`${primaryButton} mt-5`}>
          {t('cart.toHome')}
        </Link>
      </div>
    );
  }

  return (
    <>
      <ul data-testid="order-list" className="space-y-3">
        {items.map((order) => (
          <li key={order.number}>
            <Link
              to={`/orders/${encodeURIComponent(order.number)}`}
              data-testid="order-row"
              data-number={order.number}
              className="block rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-emerald-400 focus-visible:outline-2 focus-visible:outline-emerald-700"
            >
              <span className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold text-emerald-800">{t('orders.number', { number: order.number })}</span>
                <StatusBadge status={order.status} />
              </span>
              <span className="mt-2 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-sm text-slate-600">
                <span>
                  {formatTashkentDate(lang, order.createdAt)} · {count('count.items', order.itemCount)}
                </span>
                <span data-testid="order-total" className="text-base font-bold whitespace-nowrap text-slate-900">
                  {money(order.total)}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {orders.isFetchNextPageError && (
        <p role="alert" className="text-sm text-red-700">
          {generalProblem(t, orders.error as ApiError)}
        </p>
      )}
      {orders.hasNextPage && (
        <button
          type="button"
          data-testid="orders-more"
          className={`${secondaryButton} w-full sm:w-auto`}
          disabled={orders.isFetchingNextPage}
          aria-busy={orders.isFetchingNextPage}
          onClick={() => void orders.fetchNextPage()}
        >
          {orders.isFetchingNextPage ? t('orders.loadingMore') : t('orders.more')}
        </button>
      )}
    </>
  );
}
