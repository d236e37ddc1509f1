import { useState } from 'react';
import { regionCodes } from '../account/regions';
import { toApiError, type ApiError } from '../app/api';
import { useAdminApi, useLoad, type DeliverySettings, type PickupPoint } from './adminApi';
import { useAdminI18n } from './i18n/messages';
import { regionName } from './labels';
import { somToTiyin, tiyinToSom } from './money';
import { fieldErrors, isVersionConflict } from './problems';
import { FieldError, Loaded, SectionTitle, buttonClass, secondaryClass, smallInputClass, tableClass, tdClass, thClass } from './ui';

interface RateDraft { method: string; region: string; fee: string; daysMin: string; daysMax: string }

export function Delivery() {
  const load = useLoad('delivery', (api, signal) => api.get<DeliverySettings>('/admin/delivery', { signal }).then((r) => r.data));
  return <Loaded load={load}>{(settings) => <DeliveryForm key={JSON.stringify(settings)} settings={settings} onSaved={load.set} onReload={load.reload} />}</Loaded>;
}

function DeliveryForm({ settings, onSaved, onReload }: { settings: DeliverySettings; onSaved: (s: DeliverySettings) => void; onReload: () => void }) {
  const { t } = useAdminI18n();
  const api = useAdminApi();
  const [freeFrom, setFreeFrom] = useState(tiyinToSom(settings.freeFrom));
  const [rates, setRates] = useState<RateDraft[]>(settings.rates.map((r) => ({ method: r.method, region: r.region, fee: tiyinToSom(r.fee), daysMin: String(r.daysMin), daysMax: String(r.daysMax) })));
  const [points, setPoints] = useState<PickupPoint[]>(settings.pickupPoints);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<{ error?: ApiError; general?: string }>();
  const [saved, setSaved] = useState(false);

  const save = async () => {
    setSaved(false);
    setProblem(undefined);
    const local: Record<string, string> = {};
    const free = somToTiyin(freeFrom);
    if (!free.ok) local.freeFrom = t('product.moneyFormat');
    const fees = rates.map((r, i) => {
      const fee = somToTiyin(r.fee);
      if (!fee.ok || fee.tiyin === undefined) local[`rates[${i}].fee`] = t('product.moneyFormat');
      return fee.ok ? (fee.tiyin ?? 0) : 0;
    });
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const body: DeliverySettings = {
      freeFrom: free.ok ? (free.tiyin ?? null) : null,
      rates: rates.map((r, i) => ({ method: r.method, region: r.region, fee: fees[i]!, daysMin: Number(r.daysMin), daysMax: Number(r.daysMax) })),
      pickupPoints: points,
    };
    try {
      const answer = await api.put<DeliverySettings>('/admin/delivery', body);
      setSaved(true);
      onSaved(answer.data);
    } catch (error) {
      const apiError = toApiError(error);
      const { byField, general } = fieldErrors(apiError, t);
      setErrors(byField);
      setProblem({ error: apiError, general });
    }
  };

  const rateCell = (i: number, name: keyof RateDraft, inputMode?: 'numeric' | 'decimal') => (
    <td className={tdClass}>
      <input className={smallInputClass} inputMode={inputMode} value={rates[i]![name]} aria-invalid={errors[`rates[${i}].${name}`] ? true : undefined}
        onChange={(e) => setRates(rates.map((r, j) => (j === i ? { ...r, [name]: e.target.value } : r)))} />
      <FieldError id={`e-rates[${i}].${name}`} text={errors[`rates[${i}].${name}`]} />
    </td>
  );

  return (
    <section className="space-y-5">
      <SectionTitle>{t('section.delivery')}</SectionTitle>
      <label className="block max-w-xs text-sm font-medium text-slate-700">
        {t('delivery.freeFrom')}
        <input className={smallInputClass} data-testid="delivery-free-from" inputMode="decimal" value={freeFrom} onChange={(e) => setFreeFrom(e.target.value)} />
        <FieldError id="e-freeFrom" text={errors.freeFrom} />
      </label>
      <div>
        <h2 className="mb-2 font-semibold">{t('delivery.rates')}</h2>
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <thead><tr>
              <th className={thClass}>{t('delivery.method')}</th><th className={thClass}>{t('delivery.region')}</th><th className={thClass}>{t('delivery.fee')}</th>
              <th className={thClass}>{t('delivery.daysMin')}</th><th className={thClass}>{t('delivery.daysMax')}</th><th className={thClass} />
            </tr></thead>
            <tbody>
              {rates.map((r, i) => (
                <tr key={i} data-testid="rate-row">
                  {rateCell(i, 'method')}
                  <td className={tdClass}>
                    <select className={smallInputClass} value={r.region} onChange={(e) => setRates(rates.map((x, j) => (j === i ? { ...x, region: e.target.value } : x)))}>
                      {regionCodes.map((code) => <option key={code} value={code}>{regionName(t, code)}</option>)}
                    </select>
                    <FieldError id={`e-rates[${i}].region`} text={errors[`rates[${i}].region`]} />
                  </td>
                  {rateCell(i, 'fee', 'decimal')}
                  {rateCell(i, 'daysMin', 'numeric')}
                  {rateCell(i, 'daysMax', 'numeric')}
                  <td className={tdClass}><button type="button" className="text-sm text-red-700 underline" onClick={() => setRates(rates.filter((_, j) => j !== i))}>{t('admin.remove')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="button" className={`${secondaryClass} mt-2`} onClick={() => setRates([...rates, { method: 'courier', region: 'UZ-TK', fee: '', daysMin: '1', daysMax: '3' }])}>{t('delivery.addRate')}</button>
      </div>
      <div>
        <h2 className="mb-2 font-semibold">{t('delivery.pickupPoints')}</h2>
        <div className="space-y-3">
          {points.map((p, i) => {
            const update = (patch: Partial<PickupPoint>) => setPoints(points.map((x, j) => (j === i ? { ...x, ...patch } : x)));
            return (
              <div key={p.id ?? `new-${i}`} className="grid gap-2 rounded-xl border border-slate-200 p-3 md:grid-cols-4">
                <label className="text-xs text-slate-600">{t('delivery.region')}
                  <select className={smallInputClass} value={p.region} onChange={(e) => update({ region: e.target.value })}>
                    {regionCodes.map((code) => <option key={code} value={code}>{regionName(t, code)}</option>)}
                  </select>
                </label>
                {(['uz', 'ru', 'en'] as const).map((l) => (
                  <label key={`n${l}`} className="text-xs text-slate-600">{t('delivery.pointName', { lang: l })}
                    <input className={smallInputClass} value={p.name[l]} onChange={(e) => update({ name: { ...p.name, [l]: e.target.value } })} />
                    <FieldError id={`e-pickupPoints[${i}].name.${l}`} text={errors[`pickupPoints[${i}].name.${l}`]} />
                  </label>
                ))}
                <label className="text-xs text-slate-600">{t('delivery.hours')}
                  <input className={smallInputClass} value={p.hours} onChange={(e) => update({ hours: e.target.value })} />
                </label>
                {(['uz', 'ru', 'en'] as const).map((l) => (
                  <label key={`a${l}`} className="text-xs text-slate-600">{t('delivery.pointAddress', { lang: l })}
                    <input className={smallInputClass} value={p.address[l]} onChange={(e) => update({ address: { ...p.address, [l]: e.target.value } })} />
                    <FieldError id={`e-pickupPoints[${i}].address.${l}`} text={errors[`pickupPoints[${i}].address.${l}`]} />
                  </label>
                ))}
                <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={p.active} onChange={(e) => update({ active: e.target.checked })} />{t('delivery.active')}</label>
              </div>
            );
          })}
        </div>
        <button type="button" className={`${secondaryClass} mt-2`} onClick={() => setPoints([...points, { region: 'UZ-TK', name: { uz: '', ru: '', en: '' }, address: { uz: '', ru: '', en: '' }, hours: '', active: true }])}>{t('delivery.addPoint')}</button>
      </div>
      {problem && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {isVersionConflict(problem.error) ? <>{t('admin.conflict')} <button type="button" className="underline" onClick={onReload}>{t('admin.reload')}</button></> : (problem.general ?? t('admin.fixErrors'))}
        </div>
      )}
      <div className="flex items-center gap-3">
        <button type="button" className={buttonClass} data-testid="delivery-save" onClick={() => void save()}>{t('admin.save')}</button>
        {saved && <span role="status" className="text-sm text-emerald-800">{t('admin.saved')}</span>}
      </div>
    </section>
  );
}
