import type { ApiError } from '../app/api';
import { useI18n } from '../i18n/useI18n';

/** The answer was 404: the page shows "not found" instead of its content. */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === 404;
}

export function isApiError(error: unknown): error is ApiError {
  return typeof error === 'object' && error !== null && 'kind' in error;
}

/** A request that failed for reasons the shopper cannot fix (no network, a server error), with a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const network = isApiError(error) && error.kind === 'network';

  return (
    <div role="alert" data-testid="load-error" className="rounded-xl border border-red-200 bg-red-50 p-4 text-red-800">
      <p>{network ? t('error.network') : t('error.server')}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 rounded-lg bg-white px-3 py-1.5 text-sm font-semibold text-red-800 ring-1 ring-red-300 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-700"
      >
        {t('error.retry')}
      </button>
    </div>
  );
}
