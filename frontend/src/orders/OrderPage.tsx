import { useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { AddressText } from '../account/AddressesPage';
import { ConfirmGroup, FormNotice, linkButton, secondaryButton } from '../account/Field';
import { generalProblem } from '../account/problems';
import { RequireSignIn } from '../account/RequireSignIn';
import type { ApiError } from '../app/api';
import { isNotFound, LoadError } from '../catalog/LoadError';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { formatDayRange, formatTashkentTime } from './dates';
import { statusText, useOrdersI18n } from './i18n/messages';
import { useCancelOrderMutation, useOrderQuery } from './ordersApi';
import { PayChoices } from './PayChoices';
import { paymentText, StatusBadge } from './StatusBadge';
import type { Order } from './types';

/** `/orders/:number` (signed in only): one order; `?placed=1` greets it as just placed; an unpaid online one can be paid. */
export function OrderPage() {
  const { number = '' } = useParams();
  return (
    <RequireSignIn>
      <OrderView number={number} />
    </RequireSignIn>
  );
}

function OrderView({ number }: { number: string }) {
  const { t, lang } = useOrdersI18n();
  const order = useOrderQuery({ number, lang });

  // Another shopper's order is "not found" as much as one that does not exist.
  if (isNotFound(order.error)) return <NotFoundPage />;
  if (!order.data) {
    if (order.error) return <LoadError error={order.error} onRetry={() => void order.refetch()} />;
    return (
      <p role="status" className="py-10 text-center text-slate-500">
        {t('order.loading')}
      </p>
    );
  }
  return <OrderDetails order={order.data} />;
}

function OrderDetails({ order }: { order: Order }) {
  const { t, lang, money } = useOrdersI18n();
  useDocumentTitle(t('order.title', { number: order.number }));
  const [params] = useSearchParams();
  const placed = params.get('placed') === '1';
  const online = order.paymentMethod === 'payme' || order.paymentMethod === 'click';
  const [cancel, cancelState] = useCancelOrderMutation();
  const [confirming, setConfirming] = useState(false);
  const [cancelProblem, setCancelProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function confirmCancel() {
    setCancelProblem(null);
    try {
      await cancel({ number: order.number, lang }).unwrap();
      setConfirming(false);
      setNotice(t('order.cancelled'));
    } catch (error) {
      setCancelProblem(generalProblem(t, error as ApiError));
    }
  }

  return (
    <article data-testid="order-page" data-number={order.number} className="mx-auto max-w-3xl space-y-6">
      {placed && (
        <div role="status" data-testid="order-placed" className="rounded-2xl border border-emerald-200 bg-emerald-50 p-4 text-emerald-900">
          <p className="text-lg font-bold">{t('order.placed', { number: order.number })}</p>
          <p className="mt-1">{t('order.thanks')}</p>
          {online && (
            <p data-testid="order-pay-next" className="mt-2">
              {t('order.payNext', { method: paymentText(t, order.paymentMethod) })}
              {order.payBy && <> {t('order.payBy', { time: formatTashkentTime(lang, order.payBy) })}</>}
            </p>
          )}
        </div>
      )}

      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 data-testid="page-title" className="text-2xl font-bold text-slate-900">
            {t('order.title', { number: order.number })}
          </h1>
          <StatusBadge status={order.status} />
        </div>
        <p className="text-sm text-slate-600">{t('order.createdAt', { time: formatTashkentTime(lang, order.createdAt) })}</p>
      </header>

      {notice && <FormNotice>{notice}</FormNotice>}

      {online && order.status === 'PENDING_PAYMENT' && (
        <section
          data-testid="order-pay"
          className="space-y-3 rounded-2xl border border-amber-200 bg-amber-50 p-4 text-amber-950 sm:p-5"
        >
          <div>
            <h2 className="text-lg font-bold">{t('pay.due')}</h2>
            {order.payBy && <p className="text-sm">{t('order.payBy', { time: formatTashkentTime(lang, order.payBy) })}</p>}
          </div>
          <PayChoices order={order} />
        </section>
      )}

      <Card title={t('order.lines')}>
        <ul data-testid="order-lines" className="divide-y divide-slate-100">
          {order.lines.map((line) => (
            <li key={line.sku} data-testid="order-line" data-sku={line.sku} className="flex justify-between gap-3 py-3">
              <span className="min-w-0">
                <span className="block font-medium break-words text-slate-900">{line.name}</span>
                {line.options && <span className="block text-sm text-slate-500">{line.options}</span>}
                <span data-testid="order-line-quantity" className="block text-sm text-slate-600">
                  {t('order.quantity', { quantity: line.quantity, price: money(line.unitPrice) })}
                </span>
              </span>
              <span data-testid="order-line-total" className="font-semibold whitespace-nowrap text-slate-900">
                {money(line.lineTotal)}
              </span>
            </li>
          ))}
        </ul>
        <dl className="mt-3 space-y-2 border-t border-slate-200 pt-3 text-sm">
          <Row label={t('checkout.subtotal')} testId="order-subtotal">
            {money(order.subtotal)}
          </Row>
          <Row label={t('checkout.deliveryFee')} testId="order-delivery-fee">
            {order.deliveryFee === 0 ? t('checkout.free') : money(order.deliveryFee)}
          </Row>
          <div className="flex items-baseline justify-between gap-3 border-t border-slate-200 pt-2">
            <dt className="font-semibold text-slate-900">{t('checkout.total')}</dt>
            <dd data-testid="order-total" className="text-xl font-bold whitespace-nowrap text-slate-900">
              {money(order.total)}
            </dd>
          </div>
        </dl>
        <p data-testid="order-vat" className="mt-1 text-right text-xs text-slate-500">
          {t('order.vat', { amount: money(order.vatIncluded) })}
        </p>
      </Card>

      <div className="grid gap-6 sm:grid-cols-2">
        <Card title={t('order.delivery')}>
          <div data-testid="order-delivery" className="space-y-1 text-slate-700">
            <p className="flex flex-wrap justify-between gap-x-3">
              <span className="font-semibold text-slate-900">{order.delivery.name}</span>
              <span className="whitespace-nowrap">
                {order.delivery.fee === 0 ? t('checkout.free') : money(order.delivery.fee)}
              </span>
            </p>
            <p className="text-sm">
              {t('checkout.dates', { dates: formatDayRange(lang, order.delivery.earliest, order.delivery.latest) })}
            </p>
            {order.delivery.pickupPoint && (
              <div data-testid="order-pickup-point" className="pt-2 text-sm">
                <p className="font-semibold text-slate-900">
                  {t('order.pickupPoint')}: {order.delivery.pickupPoint.name}
                </p>
                <p className="break-words">{order.delivery.pickupPoint.address}</p>
                <p className="text-slate-500">{t('checkout.hours', { hours: order.delivery.pickupPoint.hours })}</p>
              </div>
            )}
          </div>
        </Card>
        <Card title={t('order.address')}>
          <AddressText address={order.address} />
        </Card>
        <Card title={t('order.payment')}>
          <p data-testid="order-payment">{paymentText(t, order.paymentMethod)}</p>
        </Card>
        {order.comment && (
          <Card title={t('order.comment')}>
            <p data-testid="order-comment" className="break-words whitespace-pre-line">
              {order.comment}
            </p>
          </Card>
        )}
      </div>

      <Card title={t('order.history')}>
        <ol data-testid="order-timeline" className="space-y-3 border-l-2 border-emerald-200 pl-4">
          {order.history.map((change, index) => (
            <li key={`${change.status}-${change.at}-${index}`} data-testid="timeline-entry" data-status={change.status} className="relative">
              <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-3 rounded-full bg-emerald-600 ring-2 ring-white" />
              <span className="block font-semibold text-slate-900">{statusText(t, change.status)}</span>
              <time dateTime={change.at} className="block text-sm text-slate-600">
                {formatTashkentTime(lang, change.at)}
              </time>
            </li>
          ))}
        </ol>
      </Card>

      {order.cancellable &&
        (confirming ? (
          <ConfirmGroup
            question={t('order.confirmCancel')}
            problem={cancelProblem}
            busy={cancelState.isLoading}
            yes={t('order.confirmYes')}
            cancel={t('order.keep')}
            onConfirm={() => void confirmCancel()}
            onCancel={() => setConfirming(false)}
            confirmTestId="order-cancel-confirm"
            className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
          />
        ) : (
          <button
            type="button"
            data-testid="order-cancel"
            className={`${secondaryButton} text-red-700`}
            onClick={() => {
              setNotice(null);
              setCancelProblem(null);
              setConfirming(true);
            }}
          >
            {t('order.cancel')}
          </button>
        ))}
      {!order.cancellable && cancelProblem && (
        <p role="alert" data-testid="order-cancel-problem" className="text-sm text-red-700">
          {cancelProblem}
        </p>
      )}

      <p>
        <Link to="/orders" data-testid="orders-link" className={linkButton}>
          {t('order.all')}
        </Link>
      </p>
    </article>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="min-w-0 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
      <h2 className="mb-3 text-lg font-bold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

function Row({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-3">
      <dt className="text-slate-600">{label}</dt>
      <dd data-testid={testId} className="font-semibold whitespace-nowrap">
        {children}
      </dd>
    </div>
  );
}
