import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { FormAlert, linkButton, primaryButton, secondaryButton } from '../account/Field';
import { generalProblem } from '../account/problems';
import { RequireSignIn } from '../account/RequireSignIn';
import type { ApiError } from '../app/api';
import { useAddItemMutation } from '../cart/cartApi';
import { useCart } from '../cart/useCart';
import { isNotFound, LoadError } from '../catalog/LoadError';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { formatTashkentTime } from './dates';
import { statusText, useOrdersI18n } from './i18n/messages';
import { useOrderQuery } from './ordersApi';
import { PayChoices } from './PayChoices';
import { paymentText, StatusBadge } from './StatusBadge';
import { isOnline, type Order } from './types';
import { isCarriedPayment, type CarriedPayment } from './usePaymentLink';

/** How often the order is read again while its payment is awaited. */
export const POLL_MS = 2_000;
/** How many reads in a row (about two minutes) before the page stops and offers to check again. */
export const POLLS = 60;
/** After this many reads without an answer from the provider, the shopper is offered to pay again or otherwise. */
export const CHOICES_AFTER = 3;

/** Statuses of an online order that say it has been paid. */
const PAID = new Set(['PAID', 'PROCESSING', 'SHIPPED', 'DELIVERED']);

type PaymentState = 'pending' | 'paid' | 'failed' | 'other';

function stateOf(order: Order): PaymentState {
  if (order.status === 'PENDING_PAYMENT') return 'pending';
  if (!isOnline(order.paymentMethod)) return 'other';
  if (PAID.has(order.status)) return 'paid';
  if (order.status === 'CANCELLED' || order.status === 'EXPIRED') return 'failed';
  return 'other';
}

/**
 * `/orders/:number/payment` (signed in only): where the payment providers send the shopper back (whatever they add to
 * the address is ignored), and where checkout lands when it could not open the provider's page. Follows the order's
 * payment live until it is paid, cancelled or expired.
 */
export function PaymentPage() {
  const { number = '' } = useParams();
  return (
    <RequireSignIn>
      <PaymentView number={number} />
    </RequireSignIn>
  );
}

function subscribeVisibility(onChange: () => void) {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

/** Whether the tab is hidden (no reading in the background). */
function useHidden() {
  return useSyncExternalStore(subscribeVisibility, () => document.visibilityState === 'hidden');
}

function PaymentView({ number }: { number: string }) {
  const { t, lang, money } = useOrdersI18n();
  const location = useLocation();
  const navigate = useNavigate();
  // What checkout could not do, read once: the address keeps no state, so a reload does not say it again.
  const [carried] = useState<CarriedPayment | null>(() => {
    const state = (location.state as { payment?: unknown } | null)?.payment;
    return isCarriedPayment(state) ? state : null;
  });
  useEffect(() => {
    // Once, on arrival.
    if (carried) void navigate(location.pathname + location.search, { replace: true, state: null });
  }, []);

  // The status may have moved on while the shopper was at the provider's: read afresh on arrival.
  const order = useOrderQuery({ number, lang }, { refetchOnMountOrArgChange: true });
  const hidden = useHidden();
  const [polls, setPolls] = useState(0);
  // Where the current round of reads began ("Check again" starts another).
  const [roundFrom, setRoundFrom] = useState(0);
  const refetch = useRef(order.refetch);
  refetch.current = order.refetch;

  const state = order.data ? stateOf(order.data) : null;
  const watching = (state === 'pending' || (state === null && !isNotFound(order.error))) && polls - roundFrom < POLLS;
  useEffect(() => {
    if (!watching || hidden || order.isFetching) return;
    // The next read comes a while after the last answer, never on top of a read under way.
    const timer = setTimeout(() => {
      setPolls((n) => n + 1);
      void refetch.current();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [watching, hidden, order.isFetching, polls]);

  useDocumentTitle(t('pay.title', { number }));
  if (isNotFound(order.error)) return <NotFoundPage />;
  if (!order.data) {
    if (order.error && !order.isFetching) return <LoadError error={order.error} onRetry={() => void order.refetch()} />;
    return (
      <p role="status" className="py-10 text-center text-slate-500">
        {t('order.loading')}
      </p>
    );
  }

  const data = order.data;
  return (
    <article data-testid="payment-page" data-state={state} className="mx-auto max-w-xl space-y-6">
      <header className="space-y-3">
        <h1 data-testid="page-title" className="text-2xl font-bold text-slate-900">
          {t('pay.title', { number: data.number })}
        </h1>
        <dl className="space-y-2 rounded-2xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200 sm:p-5">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <dt className="text-slate-600">{t('order.payment')}</dt>
            <dd data-testid="payment-method" className="font-semibold text-slate-900">
              {paymentText(t, data.paymentMethod)}
            </dd>
          </div>
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <dt className="text-slate-600">{t('order.history')}</dt>
            <dd>
              <StatusBadge status={data.status} />
            </dd>
          </div>
          <div className="flex items-baseline justify-between gap-3 border-t border-slate-200 pt-2">
            <dt className="font-semibold text-slate-900">{t('checkout.total')}</dt>
            <dd data-testid="payment-total" className="text-xl font-bold whitespace-nowrap text-slate-900">
              {money(data.total)}
            </dd>
          </div>
        </dl>
      </header>

      {state === 'pending' && (
        <Panel testId="payment-pending" tone="amber">
          {watching && !hidden ? (
            <div role="status" className="flex items-start gap-3">
              <Spinner />
              <div>
                <p className="font-semibold">{t('pay.waiting')}</p>
                <p className="mt-1 text-sm">{t('pay.waitingHint')}</p>
              </div>
            </div>
          ) : (
            <div className="space-y-3">
              <p role="status" className="font-semibold">
                {t('pay.slow')}
              </p>
              <button
                type="button"
                data-testid="payment-check"
                className={secondaryButton}
                disabled={order.isFetching}
                onClick={() => {
                  setRoundFrom(polls);
                  void order.refetch();
                }}
              >
                {t('pay.checkAgain')}
              </button>
            </div>
          )}
          {data.payBy && (
            <p className="mt-2 text-sm">{t('order.payBy', { time: formatTashkentTime(lang, data.payBy) })}</p>
          )}
          {(carried || polls >= CHOICES_AFTER || !watching) && (
            <div className="mt-4 space-y-3 border-t border-amber-200 pt-4">
              <p className="text-sm font-medium">{t('pay.notPaid')}</p>
              <PayChoices order={data} again carried={carried} />
            </div>
          )}
        </Panel>
      )}

      {state === 'paid' && (
        <Panel testId="payment-paid" tone="emerald">
          <p role="status" className="text-lg font-bold">
            <span aria-hidden="true">✓ </span>
            {t('pay.paid')}
          </p>
          <p className="mt-1">{t('pay.paidHint', { number: data.number })}</p>
          <Links order={data} />
        </Panel>
      )}

      {state === 'failed' && <Failed order={data} />}

      {state === 'other' && (
        <Panel testId="payment-other" tone="slate">
          <p role="status">{t('pay.state', { status: statusText(t, data.status) })}</p>
          <Links order={data} />
        </Panel>
      )}
    </article>
  );
}

const tones = {
  amber: 'border-amber-200 bg-amber-50 text-amber-950',
  emerald: 'border-emerald-200 bg-emerald-50 text-emerald-900',
  red: 'border-red-200 bg-red-50 text-red-900',
  slate: 'border-slate-200 bg-white text-slate-800',
};

function Panel({ testId, tone, children }: { testId: string; tone: keyof typeof tones; children: ReactNode }) {
  return (
    <section data-testid={testId} className={`rounded-2xl border p-4 sm:p-5 ${tones[tone]}`}>
      {children}
    </section>
  );
}

function Spinner() {
  return (
    <svg
      aria-hidden="true"
      data-testid="payment-spinner"
      viewBox="0 0 24 24"
      className="mt-0.5 size-5 shrink-0 animate-spin text-amber-700 motion-reduce:animate-none"
      fill="none"
    >
      <circle cx="12" cy="12" r="10" stroke="currentColor" strokeWidth="3" className="opacity-25" />
      <path d="M22 12a10 10 0 0 0-10-10" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

function Links({ order }: { order: Order }) {
  const { t } = useOrdersI18n();
  return (
    <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center">
      <Link to={`/orders/${encodeURIComponent(order.number)}`} data-testid="payment-to-order" className={primaryButton}>
        {t('pay.toOrder')}
      </Link>
      <Link to="/" data-testid="payment-to-catalog" className={secondaryButton}>
        {t('pay.toCatalog')}
      </Link>
    </div>
  );
}

/** A line of the order that could not be put back in the cart, and why. */
interface NotReadded {
  sku: string;
  name: string;
  reason: string;
}

/**
 * A cancelled or expired order: its lines go back in the cart (what the cart already holds of them counts) and the
 * shopper to checkout, with the order's payment method chosen ("Try again") or none ("Choose another method").
 */
function Failed({ order }: { order: Order }) {
  const { t } = useOrdersI18n();
  const navigate = useNavigate();
  const cart = useCart();
  const [addItem] = useAddItemMutation();
  const [busy, setBusy] = useState<'again' | 'other' | null>(null);
  const [problems, setProblems] = useState<{ lines: NotReadded[]; preset: string | null } | null>(null);

  const checkoutState = (preset: string | null) => (preset ? { paymentMethod: preset } : null);

  async function reorder(which: 'again' | 'other') {
    const preset = which === 'again' ? order.paymentMethod : null;
    setBusy(which);
    setProblems(null);
    const held = new Map((cart.currentData?.lines ?? []).map((line) => [line.sku, line.quantity]));
    const failed: NotReadded[] = [];
    for (const line of order.lines) {
      const missing = line.quantity - (held.get(line.sku) ?? 0);
      if (missing <= 0) continue;
      try {
        await addItem({ sku: line.sku, quantity: missing }).unwrap();
      } catch (error) {
        const problem = error as ApiError;
        const reason = problem.kind === 'http' && problem.status < 500 && problem.detail ? problem.detail : generalProblem(t, problem);
        failed.push({ sku: line.sku, name: line.name, reason });
      }
    }
    setBusy(null);
    if (failed.length === 0) void navigate('/checkout', { state: checkoutState(preset) });
    else setProblems({ lines: failed, preset });
  }

  const expired = order.status === 'EXPIRED';
  return (
    <Panel testId="payment-failed" tone="red">
      <p role="status" className="text-lg font-bold">
        {t(expired ? 'pay.expired' : 'pay.failed')}
      </p>
      <p className="mt-1">{t('pay.failedHint')}</p>
      {problems && (
        <div className="mt-3">
          <FormAlert testId="payment-readd-problem">
            <p>{t('pay.notReadded')}</p>
            <ul className="mt-1 list-disc pl-5">
              {problems.lines.map((line) => (
                <li key={line.sku}>
                  {line.name}: {line.reason}
                </li>
              ))}
            </ul>
            <p className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
              <Link to="/cart" className={`${linkButton} text-red-800`}>
                {t('checkout.toCart')}
              </Link>
              {problems.lines.length < order.lines.length && (
                <Link to="/checkout" state={checkoutState(problems.preset)} className={`${linkButton} text-red-800`}>
                  {t('pay.toCheckout')}
                </Link>
              )}
            </p>
          </FormAlert>
        </div>
      )}
      <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
        <button
          type="button"
          data-testid="payment-retry"
          className={primaryButton}
          disabled={busy !== null}
          aria-busy={busy === 'again'}
          onClick={() => void reorder('again')}
        >
          {busy === 'again' ? t('pay.readding') : t('pay.again')}
        </button>
        <button
          type="button"
          data-testid="payment-other-method"
          className={secondaryButton}
          disabled={busy !== null}
          aria-busy={busy === 'other'}
          onClick={() => void reorder('other')}
        >
          {busy === 'other' ? t('pay.readding') : t('pay.otherMethod')}
        </button>
      </div>
      <p className="mt-4">
        <Link to={`/orders/${encodeURIComponent(order.number)}`} data-testid="payment-to-order" className={`${linkButton} text-red-900`}>
          {t('pay.toOrder')}
        </Link>
      </p>
    </Panel>
  );
}
