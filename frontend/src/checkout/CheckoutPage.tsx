import { Link } from 'react-router';
import { linkButton } from '../account/Field';
import { RequireSignIn } from '../account/RequireSignIn';
import { useCart } from '../cart/useCart';
import { LoadError } from '../catalog/LoadError';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/** `/checkout` (signed in only): checkout itself is yet to come, so the page says so and shows what would be ordered. */
export function CheckoutPage() {
  const { t } = useI18n();
  useDocumentTitle(t('checkout.title'));
  return (
    <RequireSignIn>
      <CheckoutPreview />
    </RequireSignIn>
  );
}

function CheckoutPreview() {
  const { t, count, money } = useI18n();
  const cart = useCart({ fresh: true });
  const data = cart.currentData;

  return (
    <section data-testid="checkout-page" className="mx-auto max-w-2xl space-y-6">
      <h1 data-testid="page-title" className="text-2xl font-bold text-slate-900">
        {t('checkout.title')}
      </h1>
      <p data-testid="checkout-preparing" className="rounded-xl border border-emerald-200 bg-emerald-50 p-4 text-emerald-900">
        {t('checkout.preparing')}
      </p>
      {data ? (
        data.lines.length === 0 ? (
          <p className="text-slate-600">{t('cart.empty')}</p>
        ) : (
          <div data-testid="checkout-summary" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
            <h2 className="text-lg font-bold text-slate-900">{t('cart.summary')}</h2>
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {data.lines.map((line) => (
                <li key={line.sku} className={`flex justify-between gap-3 py-2 ${line.available ? '' : 'text-slate-400'}`}>
                  <span className="min-w-0 break-words">
                    {line.name} × {line.quantity}
                    {!line.available && <span className="block text-xs">{t('cart.notCounted')}</span>}
                  </span>
                  <span className="font-semibold whitespace-nowrap">{money(line.lineTotal)}</span>
                </li>
              ))}
            </ul>
            <p className="mt-3 flex items-baseline justify-between gap-3 border-t border-slate-200 pt-3">
              <span className="text-slate-600">
                {t('cart.subtotal')} ({count('count.items', data.itemCount)})
              </span>
              <span data-testid="checkout-subtotal" className="text-xl font-bold whitespace-nowrap text-slate-900">
                {money(data.subtotal)}
              </span>
            </p>
          </div>
        )
      ) : cart.error ? (
        <LoadError error={cart.error} onRetry={() => void cart.refetch()} />
      ) : (
        <p role="status" className="text-slate-500">
          {t('cart.loading')}
        </p>
      )}
      <Link to="/cart" className={linkButton}>
        {t('checkout.back')}
      </Link>
    </section>
  );
}
