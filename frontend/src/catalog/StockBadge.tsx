import { useI18n } from '../i18n/useI18n';
import type { StockState } from './types';

const styles: Record<StockState, string> = {
  in_stock: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  low: 'bg-amber-50 text-amber-800 ring-amber-200',
  out_of_stock: 'bg-red-50 text-red-800 ring-red-200',
};

export function StockBadge({ stock }: { stock: StockState }) {
  const { t } = useI18n();
  return (
    <span
      data-testid="stock"
      data-stock={stock}
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-sm font-semibold ring-1 ${styles[stock]}`}
    >
      <span aria-hidden="true" className="size-2 rounded-full bg-current" />
      {t(`stock.${stock}`)}
    </span>
  );
}
