import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toApiError } from '../app/api';
import { stockReasons, useAdminApi, useLoad, type StockReason, type StockView } from './adminApi';
import { useAdminI18n } from './i18n/messages';
import { fieldErrors } from './problems';
import { FieldError, Labelled, Loaded, SectionTitle, buttonClass, formatInstant, smallInputClass, tableClass, tdClass, thClass } from './ui';

export function Stock() {
  const { t } = useAdminI18n();
  const [params, setParams] = useSearchParams();
  const sku = params.get('sku') ?? '';
  const [typed, setTyped] = useState(sku);
  return (
    <section>
      <SectionTitle>{t('section.stock')}</SectionTitle>
      <form
        className="mb-4 flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(typed.trim() ? { sku: typed.trim() } : {});
        }}
      >
        <Labelled label={t('stock.sku')}>
          <input className={smallInputClass} data-testid="stock-sku" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </Labelled>
        <button type="submit" className={buttonClass} data-testid="stock-find">
          {t('stock.find')}
        </button>
      </form>
      {sku && <StockOf key={sku} sku={sku} />}
    </section>
  );
}

function StockOf({ sku }: { sku: string }) {
  const { t, lang, known } = useAdminI18n();
  const api = useAdminApi();
  const view = useLoad(sku, (client, signal) =>
    client.get<StockView>(`/admin/stock/${encodeURIComponent(sku)}`, { signal }).then((r) => r.data),
  );
  const [change, setChange] = useState('');
  const [reason, setReason] = useState<StockReason>('received');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ byField: Record<string, string>; general?: string }>({ byField: {} });
  const [busy, setBusy] = useState(false);

  if (view.state === 'failed' && view.error.kind === 'http' && view.error.status === 404) return <p>{t('stock.notFound')}</p>;

  const submit = async () => {
    setErrors({ byField: {} });
    const amount = Number(change.replace('−', '-'));
    if (!Number.isInteger(amount) || amount === 0) {
      setErrors({ byField: { change: t('stock.change') } });
      return;
    }
    setBusy(true);
    try {
      const answer = await api.post<StockView>(`/admin/stock/${encodeURIComponent(sku)}/adjustments`, {
        change: amount,
        reason,
        ...(note.trim() && { note: note.trim() }),
      });
      view.set(answer.data);
      setChange('');
      setNote('');
    } catch (error) {
      setErrors(fieldErrors(toApiError(error), t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Loaded load={view}>
      {(stock) => (
        <div className="space-y-4">
          <h2 className="text-lg font-semibold">
            <Link to={`/admin/products/${stock.productId}`} data-testid="stock-name" className="text-emerald-800 hover:underline">
              {stock.name[lang] || stock.name.uz}
            </Link> <span className="text-slate-500">({stock.sku})</span>
          </h2>
          <dl className="grid max-w-md grid-cols-3 gap-2 text-center">
            {(
              [
                ['stock.onHand', stock.onHand, 'stock-on-hand'],
                ['stock.reserved', stock.reserved, 'stock-reserved'],
                ['stock.sellable', stock.sellable, 'stock-sellable'],
              ] as const
            ).map(([key, value, id]) => (
              <div key={key} className="rounded-lg bg-slate-50 p-2">
                <dt className="text-xs text-slate-500">{t(key)}</dt>
                <dd className="text-xl font-bold" data-testid={id}>
                  {value}
                </dd>
              </div>
            ))}
          </dl>
          <form
            data-testid="stock-adjust"
            className="grid max-w-2xl items-end gap-3 rounded-xl border border-slate-200 p-3 md:grid-cols-4"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Labelled label={t('stock.change')}>
              <input className={smallInputClass} data-testid="stock-change" inputMode="numeric" value={change} onChange={(e) => setChange(e.target.value)} aria-invalid={errors.byField.change ? true : undefined} />
              <FieldError id="e-change" text={errors.byField.change} />
            </Labelled>
            <Labelled label={t('stock.reason')}>
              <select className={smallInputClass} data-testid="stock-reason" value={reason} onChange={(e) => setReason(e.target.value as StockReason)}>
                {stockReasons.map((r) => (
                  <option key={r} value={r}>
                    {t(`stock.reason.${r}`)}
                  </option>
                ))}
              </select>
              <FieldError id="e-reason" text={errors.byField.reason} />
            </Labelled>
            <Labelled label={t('stock.note')}>
              <input className={smallInputClass} value={note} onChange={(e) => setNote(e.target.value)} />
              <FieldError id="e-note" text={errors.byField.note} />
            </Labelled>
            <button type="submit" className={buttonClass} disabled={busy} data-testid="stock-submit">
              {t('stock.adjust')}
            </button>
            {errors.general && (
              <p role="alert" className="text-sm text-red-700 md:col-span-4">
                {errors.general}
              </p>
            )}
          </form>
          <h3 className="font-semibold">{t('stock.history')}</h3>
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <thead>
                <tr>
                  <th className={thClass}>{t('stock.at')}</th>
                  <th className={`${thClass} text-right`}>{t('stock.change')}</th>
                  <th className={thClass}>{t('stock.reason')}</th>
                  <th className={thClass}>{t('stock.note')}</th>
                  <th className={thClass}>{t('stock.actor')}</th>
                  <th className={`${thClass} text-right`}>{t('stock.after')}</th>
                </tr>
              </thead>
              <tbody>
                {stock.history.map((h, i) => (
                  <tr key={i}>
                    <td className={tdClass}>{formatInstant(h.at, lang)}</td>
                    <td className={`${tdClass} text-right`}>{h.change > 0 ? `+${h.change}` : h.change}</td>
                    <td className={tdClass}>{known('stock.reason', h.reason)}</td>
                    <td className={tdClass}>{h.note ?? ''}</td>
                    <td className={tdClass}>{h.actor}</td>
                    <td className={`${tdClass} text-right`}>{h.onHandAfter}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </Loaded>
  );
}
