import { useId, useState } from 'react';
import { Link } from 'react-router';
import { linkButton, primaryButton } from '../account/Field';
import { generalProblem } from '../account/problems';
import type { ApiError } from '../app/api';
import type { Variant } from '../catalog/types';
import { useI18n } from '../i18n/useI18n';
import { useAddItemMutation } from './cartApi';
import { QuantityStepper } from './QuantityStepper';
import { LINE_LIMIT, type CartLine } from './types';
import { useCart } from './useCart';

/** The catalog says `low` when 5 or fewer can still be sold. */
const LOW_STOCK_LIMIT = 5;

/**
 * How many more of a variant the cart can take: once it holds some, the cart says exactly; before, the catalog's stock
 * state gives a bound, and the API's 409 says the rest.
 */
function addable(variant: Variant, line: CartLine | undefined): number {
  if (line) return Math.max(0, line.maxQuantity - line.quantity);
  if (variant.stock === 'out_of_stock') return 0;
  return variant.stock === 'low' ? LOW_STOCK_LIMIT : LINE_LIMIT;
}

type Outcome = { kind: 'added' } | { kind: 'failed'; message: string };

/** The chosen variant's quantity and "Add to cart"; the page keys it by SKU, so another variant starts afresh. */
export function AddToCart({ variant, productName }: { variant: Variant; productName: string }) {
  const { t, count } = useI18n();
  const cart = useCart();
  const [addItem, adding] = useAddItemMutation();
  const [quantity, setQuantity] = useState(1);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();

  const line = cart.currentData?.lines.find((l) => l.sku === variant.code);
  const limit = addable(variant, line);
  const chosen = Math.max(1, Math.min(quantity, limit));

  async function add() {
    setOutcome(null);
    try {
      await addItem({ sku: variant.code, quantity: chosen }).unwrap();
      setQuantity(1);
      setOutcome({ kind: 'added' });
    } catch (error) {
      setOutcome({ kind: 'failed', message: generalProblem(t, error as ApiError) });
    }
  }

  return (
    <div data-testid="add-to-cart" className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <QuantityStepper
          id={`${id}-quantity`}
          label={t('quantity.label')}
          name={productName}
          value={chosen}
          max={limit}
          disabled={limit === 0 || adding.isLoading}
          onCommit={setQuantity}
        />
        <button
          type="button"
          data-testid="add-to-cart-button"
          className={`${primaryButton} min-w-40 flex-1 sm:flex-none`}
          disabled={limit === 0 || adding.isLoading}
          aria-busy={adding.isLoading}
          aria-describedby={outcome?.kind === 'failed' ? `${id}-error` : undefined}
          onClick={() => void add()}
        >
          {adding.isLoading ? t('cart.adding') : t('cart.add')}
        </button>
      </div>
      {outcome?.kind === 'failed' && (
        <p id={`${id}-error`} role="alert" data-testid="add-to-cart-error" className="text-sm text-red-700">
          {outcome.message}
        </p>
      )}
      <p role="status" className="flex flex-wrap gap-x-2 text-sm text-slate-600">
        {outcome?.kind === 'added' && (
          <span data-testid="added-to-cart" className="font-semibold text-emerald-800">
            {t('cart.added')}
          </span>
        )}
        {line && <span data-testid="in-cart">{t('cart.inCart', { count: count('count.items', line.quantity) })}</span>}
        {line && (
          <Link to="/cart" className={linkButton}>
            {t('cart.open')}
          </Link>
        )}
      </p>
      {line && limit === 0 && <p className="text-sm text-slate-600">{t('cart.atMost')}</p>}
    </div>
  );
}
