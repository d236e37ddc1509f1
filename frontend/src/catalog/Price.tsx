import { discountPercent } from '../i18n/money';
import { useI18n } from '../i18n/useI18n';

interface PriceProps {
  /** Tiyin. */
  price: number;
  compareAtPrice?: number;
  large?: boolean;
}

/** A price, and when there was a higher one, that one struck through with the discount. */
export function Price({ price, compareAtPrice, large = false }: PriceProps) {
  const { t, money } = useI18n();
  const discount = discountPercent(price, compareAtPrice);

  return (
    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
      <span
        data-testid="price"
        className={`font-bold whitespace-nowrap text-slate-900 ${large ? 'text-2xl sm:text-3xl' : 'text-base'}`}
      >
        {money(price)}
      </span>
      {discount > 0 && compareAtPrice !== undefined && (
        <>
          <s data-testid="compare-at-price" className={`whitespace-nowrap text-slate-500 ${large ? 'text-base' : 'text-xs'}`}>
            <span className="sr-only">{t('price.old')}: </span>
            {money(compareAtPrice)}
          </s>
          <span
            data-testid="discount"
            className="rounded-md bg-red-600 px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap text-white"
          >
            <span aria-hidden="true">−{discount}%</span>
            <span className="sr-only">{t('price.discount', { percent: discount })}</span>
          </span>
        </>
      )}
    </div>
  );
}
