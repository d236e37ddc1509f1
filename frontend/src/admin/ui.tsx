import type { ReactNode } from 'react';
import type { ApiError } from '../app/api';
import { generalProblem } from '../account/problems';
import type { Load } from './adminApi';
import { useAdminI18n } from './i18n/messages';

export const buttonClass =
  'inline-flex items-center justify-center rounded-lg bg-emerald-700 px-3 py-2 text-sm font-semibold text-white hover:bg-emerald-800 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700';
export const secondaryClass =
  'inline-flex items-center justify-center rounded-lg bg-white px-3 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-emerald-700';
export const smallInputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 aria-invalid:border-red-600';
export const tableClass = 'w-full min-w-[40rem] text-left text-sm';
export const thClass = 'border-b border-slate-200 px-2 py-2 font-semibold text-slate-600';
export const tdClass = 'border-b border-slate-100 px-2 py-2 align-top';

export function SectionTitle({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <h1 data-testid="page-title" className="text-2xl font-bold text-slate-900">
        {children}
      </h1>
      {actions}
    </div>
  );
}

export function Problem({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useAdminI18n();
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      <p>{error.kind === 'http' && error.status < 500 && error.detail ? error.detail : generalProblem(t, error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry} className={`${secondaryClass} mt-2`}>
          {t('admin.retry')}
        </button>
      )}
    </div>
  );
}

/** What a read shows while it loads or when it failed; its children once there is data. */
export function Loaded<T>({ load, children }: { load: Load<T> & { reload: () => void }; children: (data: T) => ReactNode }) {
  const { t } = useAdminI18n();
  if (load.state === 'failed' && load.data === undefined) return <Problem error={load.error} onRetry={load.reload} />;
  if (load.data === undefined) {
    return (
      <p role="status" className="py-6 text-slate-500">
        {t('admin.loading')}
      </p>
    );
  }
  return (
    <>
      {load.state === 'failed' && <Problem error={load.error} onRetry={load.reload} />}
      {children(load.data)}
    </>
  );
}

/** "First page" and "Next page" for a cursor-paged list (a cursor only leads forward). */
export function Pager({ cursor, nextCursor, onPage }: { cursor: string; nextCursor?: string | null; onPage: (cursor: string) => void }) {
  const { t } = useAdminI18n();
  return (
    <nav className="mt-3 flex gap-2" aria-label="pages">
      {cursor && (
        <button type="button" className={secondaryClass} data-testid="first-page" onClick={() => onPage('')}>
          {t('admin.first')}
        </button>
      )}
      {nextCursor && (
        <button type="button" className={secondaryClass} data-testid="next-page" onClick={() => onPage(nextCursor)}>
          {t('admin.next')}
        </button>
      )}
    </nav>
  );
}

/** A small labelled control for a filter bar. */
export function Labelled({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <label className={`block text-xs font-medium text-slate-600 ${className ?? ''}`}>
      {label}
      {children}
    </label>
  );
}

/** A field's server error under it. */
export function FieldError({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <p id={id} data-testid={`error-${id}`} className="mt-1 text-xs text-red-700">
      {text}
    </p>
  );
}

export function formatInstant(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    timeZone: 'Asia/Tashkent',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);
}
