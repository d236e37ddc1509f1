import { statusText, useOrdersI18n } from './i18n/messages';

const tones: Record<string, string> = {
  PENDING_PAYMENT: 'bg-amber-50 text-amber-800 ring-amber-200',
  AWAITING_CONFIRMATION: 'bg-amber-50 text-amber-800 ring-amber-200',
  PAID: 'bg-sky-50 text-sky-800 ring-sky-200',
  CONFIRMED: 'bg-sky-50 text-sky-800 ring-sky-200',
  PROCESSING: 'bg-sky-50 text-sky-800 ring-sky-200',
  SHIPPED: 'bg-sky-50 text-sky-800 ring-sky-200',
  DELIVERED: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  CANCELLED: 'bg-slate-100 text-slate-700 ring-slate-300',
  EXPIRED: 'bg-slate-100 text-slate-700 ring-slate-300',
  REFUNDED: 'bg-slate-100 text-slate-700 ring-slate-300',
};

/** An order's status in the shopper's language, coloured by what it asks of them (amber: waiting). */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useOrdersI18n();
  return (
    <span
      data-testid="order-status"
      data-status={status}
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${
        tones[status] ?? 'bg-slate-100 text-slate-700 ring-slate-300'
      }`}
    >
      {statusText(t, status)}
    </span>
  );
}

/** The payment method's name; one this app does not know yet shows as the API wrote it. */
export function paymentText(t: ReturnType<typeof useOrdersI18n>['t'], method: string): string {
  return method === 'payme' || method === 'click' || method === 'cash' ? t(`payment.${method}`) : method;
}
