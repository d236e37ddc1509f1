import { useEffect } from 'react';
import { useAppDispatch, useAppSelector } from '../app/hooks';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import type { ComponentCheck, HealthReport } from './health';
import { fetchHealth } from './healthSlice';
import { componentLabel, formatTashkentTime } from './labels';

export function StatusPage() {
  const { t } = useI18n();
  useDocumentTitle(t('status.title'));
  const dispatch = useAppDispatch();
  const { status, report } = useAppSelector((state) => state.health);
  const loading = status === 'loading';

  useEffect(() => {
    void dispatch(fetchHealth());
  }, [dispatch]);

  return (
    <section data-testid="status-page" aria-busy={loading} className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 data-testid="page-title" className="text-2xl font-bold text-slate-900">
          {t('status.title')}
        </h1>
        <button
          type="button"
          data-testid="status-refresh"
          onClick={() => void dispatch(fetchHealth())}
          disabled={loading}
          className="rounded-lg bg-emerald-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700 disabled:cursor-wait disabled:opacity-60"
        >
          {loading ? t('status.loading') : t('status.refresh')}
        </button>
      </div>

      {status === 'failed' && (
        <div
          role="alert"
          data-testid="status-error"
          className="rounded-xl border border-red-200 bg-red-50 p-4 text-red-800"
        >
          <p className="font-semibold">{t('status.error')}</p>
          <p className="mt-1 text-sm">{t('status.errorHint')}</p>
        </div>
      )}

      {report ? (
        <HealthReportView report={report} />
      ) : (
        loading && (
          <p role="status" data-testid="status-loading" className="text-slate-600">
            {t('status.loading')}
          </p>
        )
      )}
    </section>
  );
}

function HealthReportView({ report }: { report: HealthReport }) {
  const { t } = useI18n();
  const allUp = report.status === 'up';
  const downNames = report.down.map((component) => componentLabel(t, component)).join(', ');

  return (
    <>
      <p
        data-testid="status-overall"
        data-status={report.status}
        className={`rounded-xl p-4 font-semibold ${
          allUp
            ? 'bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200'
            : 'bg-red-50 text-red-800 ring-1 ring-red-200'
        }`}
      >
        {allUp ? t('status.allUp') : t('status.someDown', { names: downNames })}
      </p>

      <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {report.checks.map((check) => (
          <ComponentRow key={check.component} check={check} />
        ))}
      </ul>

      <p data-testid="status-checked-at" className="text-sm text-slate-600">
        {t('status.checkedAt', { time: formatTashkentTime(report.checkedAt) })}
      </p>
    </>
  );
}

function ComponentRow({ check }: { check: ComponentCheck }) {
  const { t } = useI18n();
  const up = check.status === 'up';

  return (
    <li
      data-testid={`status-row-${check.component}`}
      data-status={check.status}
      className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-3"
    >
      <span className="font-medium text-slate-900">{componentLabel(t, check.component)}</span>
      <span className="flex items-center gap-3">
        <span className="text-sm text-slate-500 tabular-nums">
          {t('status.latency', { ms: check.latencyMs })}
        </span>
        <span
          className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ${
            up ? 'bg-emerald-100 text-emerald-800' : 'bg-red-100 text-red-800'
          }`}
        >
          <span
            aria-hidden="true"
            className={`size-2 rounded-full ${up ? 'bg-emerald-500' : 'bg-red-500'}`}
          />
          {up ? t('status.up') : t('status.down')}
        </span>
      </span>
      {check.error && (
        <span className="w-full font-mono text-xs break-words text-red-700">{check.error}</span>
      )}
    </li>
  );
}
