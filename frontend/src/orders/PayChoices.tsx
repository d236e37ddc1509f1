import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { FormAlert, linkButton, primaryButton, secondaryButton } from '../account/Field';
import { generalProblem } from '../account/problems';
import type { ApiError } from '../app/api';
import { useOrdersI18n } from './i18n/messages';
import { paymentText } from './StatusBadge';
import { isOnline, otherOnline, type OnlineMethod, type Order } from './types';
import { usePaymentLink, type CarriedPayment } from './usePaymentLink';

interface PayChoicesProps {
  /** An online order awaiting payment. */
  order: Order;
  /** After a try (the payment page): "Try again" and "Choose another method"; else "Pay now" and "Pay with … instead". */
  again?: boolean;
  /** What checkout could not do: its attempt (resent with the same key if its answer never came) and why. */
  carried?: CarriedPayment | null;
}

/** Pay an unpaid online order with its provider, or with the other one instead: the window goes to their page. */
export function PayChoices({ order, again = false, carried = null }: PayChoicesProps) {
  const { t } = useOrdersI18n();
  const mine = carried?.attempt.number === order.number ? carried : null;
  const link = usePaymentLink(mine?.attempt ?? null);
  const [problem, setProblem] = useState<ApiError | null>(mine?.problem ?? null);

  if (!isOnline(order.paymentMethod)) return null;
  const current = order.paymentMethod;
  const other = otherOnline(current);

  async function pay(provider: OnlineMethod) {
    setProblem(null);
    setProblem(await link.open(order.number, provider));
  }

  const opening = (provider: OnlineMethod) => t('pay.opening', { method: paymentText(t, provider) });
  return (
    <div data-testid="pay-choices" className="space-y-3">
      {problem && <LinkProblem problem={problem} />}
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
        <button
          type="button"
          data-testid="pay-now"
          data-provider={current}
          className={primaryButton}
          disabled={link.busy}
          aria-busy={link.going === current}
          onClick={() => void pay(current)}
        >
          {link.going === current ? opening(current) : again ? t('pay.again') : t('pay.now')}
        </button>
        <button
          type="button"
          data-testid="pay-other"
          data-provider={other}
          className={again ? secondaryButton : `${linkButton} min-h-11 text-sm`}
          disabled={link.busy}
          aria-busy={link.going === other}
          onClick={() => void pay(other)}
        >
          {link.going === other
            ? opening(other)
            : t(again ? 'pay.other' : 'pay.instead', { method: paymentText(t, other) })}
        </button>
      </div>
    </div>
  );
}

/** Why no payment page could be opened, in the shopper's terms; a session that has ended leads to sign-in. */
export function LinkProblem({ problem }: { problem: ApiError }) {
  const { t } = useOrdersI18n();
  const location = useLocation();
  const status = problem.kind === 'http' ? problem.status : null;
  const detail = problem.kind === 'http' ? problem.detail : '';
  const [text, more] =
    status === 409
      ? [t('pay.conflict'), detail]
      : status === 404
        ? [t('pay.notFound'), '']
        : status === 401
          ? [t('pay.signIn'), '']
          : status === 400
            ? [t('pay.badMethod'), detail]
            : [t('pay.linkFailed'), generalProblem(t, problem)];
  return (
    <FormAlert testId="pay-problem">
      <p>{text}</p>
      {more && <p className="mt-1">{more}</p>}
      {status === 401 && (
        <Link
          to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`}
          className={`${linkButton} mt-2 inline-block text-red-800`}
        >
          {t('pay.signInLink')}
        </Link>
      )}
    </FormAlert>
  );
}
