import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmGroup, linkButton, primaryButton } from '../account/Field';
import { generalProblem } from '../account/problems';
import type { ApiError } from '../app/api';
import { useAppDispatch, useAppSelector } from '../app/hooks';
import { LoadError } from '../catalog/LoadError';
import { Price } from '../catalog/Price';
import { ProductImage } from '../catalog/ProductImage';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useChangeQuantityMutation, useEmptyCartMutation, useRemoveItemMutation } from './cartApi';
import { mergeNoticesSeen } from './cartNewsSlice';
import { MergeNews, NoticeList } from './Notices';
import { QuantityStepper } from './QuantityStepper';
import { LINE_LIMIT, type Cart, type CartLine } from './types';
import { useCart } from './useCart';

/** `/cart`: the lines, their notices, the subtotal and the way to checkout; read afresh on every visit. */
export function CartPage() {
  const { t } = useI18n();
  useDocumentTitle(t('cart.title'));
  const cart = useCart({ fresh: true });

  return (
    <section data-testid="cart-page" aria-busy={cart.isFetching}>
      <h1 data-testid="page-title" className="text-2xl font-bold text-slate-900">
        {t('cart.title')}
      </h1>
      {cart.currentData ? (
        <CartView cart={cart.currentData} />
      ) : cart.error ? (
        <div className="mt-6">
          <LoadError error={cart.error} onRetry={() => void cart.refetch()} />
        </div>
      ) : (
        <p role="status" data-testid="cart-loading" className="py-10 text-center text-slate-500">
          {t('cart.loading')}
        </p>
      )}
    </section>
  );
}

function CartView({ cart }: { cart: Cart }) {
  const { t, count, money } = useI18n();
  const dispatch = useAppDispatch();
  const signedIn = useAppSelector((state) => state.auth.status === 'signedIn');
  const mergeNotices = useAppSelector((state) => state.cartNews.mergeNotices);

  const news = (
    <>
      {mergeNotices.length > 0 && <MergeNews notices={mergeNotices} onClose={() => dispatch(mergeNoticesSeen())} />}
      <NoticeList notices={cart.notices} />
    </>
  );

  if (cart.lines.length === 0) {
    return (
      <div className="mt-6 space-y-4">
        {news}
        <div data-testid="cart-empty" className="rounded-2xl bg-white p-6 text-center shadow-sm ring-1 ring-slate-200 sm:p-10">
          <p className="text-lg font-semibold text-slate-900">{t('cart.empty')}</p>
          <p className="mt-1 text-slate-600">{t('cart.emptyHint')}</p>
          <Link to="/" className={`${primaryButton} mt-5`}>
            {t('cart.toHome')}
          </Link>
        </div>
      </div>
    );
  }

  const buyable = cart.lines.some((line) => line.available);
  return (
    <div className="mt-6 grid gap-6 md:grid-cols-[minmax(0,1fr)_18rem] md:items-start">
      <div className="min-w-0 space-y-4">
        {news}
        <h2 className="sr-only">{t('cart.lines')}</h2>
        <ul
          data-testid="cart-lines"
          className="divide-y divide-slate-100 rounded-2xl bg-white shadow-sm ring-1 ring-slate-200"
        >
          {cart.lines.map((line) => (
            <CartLineItem key={line.sku} line={line} />
          ))}
        </ul>
        <EmptyCart />
      </div>

      <aside
        aria-labelledby="cart-summary"
        data-testid="cart-summary"
        className="space-y-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
      >
        <h2 id="cart-summary" className="text-lg font-bold text-slate-900">
          {t('cart.summary')}
        </h2>
        <dl className="flex items-baseline justify-between gap-3">
          <dt className="text-slate-600">
            {t('cart.subtotal')}{' '}
            <span data-testid="cart-item-count" className="text-sm whitespace-nowrap">
              ({count('count.items', cart.itemCount)})
            </span>
          </dt>
          <dd data-testid="cart-subtotal" className="text-xl font-bold whitespace-nowrap text-slate-900">
            {money(cart.subtotal)}
          </dd>
        </dl>
        {cart.lines.some((line) => !line.available) && <p className="text-xs text-slate-500">{t('cart.someUnavailable')}</p>}
        {!buyable ? (
          <button type="button" disabled className={`${primaryButton} w-full`}>
            {t('cart.checkout')}
          </button>
        ) : signedIn ? (
          <Link to="/checkout" data-testid="checkout" className={`${primaryButton} w-full`}>
            {t('cart.checkout')}
          </Link>
        ) : (
          <>
            <Link to={`/signin?next=${encodeURIComponent('/cart')}`} data-testid="checkout" className={`${primaryButton} w-full`}>
              {t('cart.checkoutSignIn')}
            </Link>
            <p className="text-xs text-slate-500">{t('cart.signInKeeps')}</p>
          </>
        )}
      </aside>
    </div>
  );
}

function CartLineItem({ line }: { line: CartLine }) {
  const { t, money } = useI18n();
  const [changeQuantity, changing] = useChangeQuantityMutation();
  const [removeItem, removing] = useRemoveItemMutation();
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const busy = changing.isLoading || removing.isLoading;
  // The quantity asked for shows at once; the answer confirms it (or the error says why not).
  const shown = changing.isLoading && changing.originalArgs ? changing.originalArgs.quantity : line.quantity;
  const href = `/p/${encodeURIComponent(line.productSlug)}?sku=${encodeURIComponent(line.sku)}`;
  const options = line.options.map((option) => `${option.name}: ${option.label}`).join(', ');

  async function run(change: () => Promise<unknown>) {
    setProblem(null);
    try {
      await change();
    } catch (error) {
      setProblem(generalProblem(t, error as ApiError));
    }
  }

  return (
    <li data-testid="cart-line" data-sku={line.sku} aria-busy={busy} className="flex gap-3 p-3 sm:gap-4 sm:p-4">
      <Link to={href} tabIndex={-1} aria-hidden="true" className="w-20 shrink-0 sm:w-24">
        <ProductImage imageKey={line.image ?? undefined} alt="" className="rounded-lg ring-1 ring-slate-100" />
      </Link>
      <div className="min-w-0 flex-1 space-y-2">
        <div className="space-y-1">
          <h3 className="text-sm font-semibold break-words text-slate-900 sm:text-base">
            <Link to={href} data-testid="line-name" className="underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-emerald-700">
              {line.name}
            </Link>
          </h3>
          {options && (
            <p data-testid="line-options" className="text-sm break-words text-slate-500">
              {options}
            </p>
          )}
          <Price price={line.unitPrice} compareAtPrice={line.compareAtPrice ?? undefined} />
          {!line.available && <p className="text-xs font-semibold text-red-700">{t('cart.notCounted')}</p>}
        </div>
        <NoticeList notices={line.notices} />
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
          <QuantityStepper
            id={`${id}-quantity`}
            label={t('cart.quantityOf', { name: line.name })}
            name={line.name}
            value={shown}
            max={Math.min(LINE_LIMIT, line.maxQuantity)}
            // None to be had: the line can only be removed. A line short of stock can still be lowered to what is left.
            disabled={busy || line.maxQuantity === 0}
            onCommit={(quantity) => void run(() => changeQuantity({ sku: line.sku, quantity }).unwrap())}
          />
          <p
            data-testid="line-total"
            className={`font-bold whitespace-nowrap ${line.available ? 'text-slate-900' : 'text-slate-400'}`}
          >
            <span className="sr-only">{t('cart.lineTotal')}: </span>
            {money(line.lineTotal)}
          </p>
        </div>
        <button
          type="button"
          data-testid="line-remove"
          aria-label={t('cart.removeLabel', { name: line.name })}
          disabled={busy}
          onClick={() => void run(() => removeItem(line.sku).unwrap())}
          className="text-sm font-semibold text-red-700 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-red-700 disabled:text-slate-400"
        >
          {t('cart.remove')}
        </button>
        {problem && (
          <p role="alert" data-testid="line-error" className="text-sm text-red-700">
            {problem}
          </p>
        )}
      </div>
    </li>
  );
}

/** "Empty the cart", asked twice: it cannot be undone. */
function EmptyCart() {
  const { t } = useI18n();
  const [emptyCart, emptying] = useEmptyCartMutation();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function empty() {
    setProblem(null);
    try {
      await emptyCart().unwrap();
    } catch (error) {
      setProblem(generalProblem(t, error as ApiError));
    }
  }

  if (!confirming) {
    return (
      <button type="button" data-testid="cart-empty-all" className={linkButton} onClick={() => setConfirming(true)}>
        {t('cart.emptyAll')}
      </button>
    );
  }
  return (
    <ConfirmGroup
      question={t('cart.confirmEmpty')}
      problem={problem}
      busy={emptying.isLoading}
      yes={t('cart.confirmYes')}
      cancel={t('cart.cancel')}
      onConfirm={() => void empty()}
      onCancel={() => setConfirming(false)}
      confirmTestId="cart-empty-confirm"
    />
  );
}
