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
/** A pickup point being edited; `stored` ones keep their id (points are upserted by id and never deleted). */
interface PointDraft { id: string; region: string; name: string; address: string; hours: string; position: string; active: boolean; stored: boolean }

const toPointDraft = (p: PickupPoint): PointDraft => ({ ...p, position: String(p.position), stored: true });

export function Delivery() {
  const load = useLoad('delivery', (api, signal) => api.get<DeliverySettings>('/admin/delivery', { signal }).then((r) => r.data));
  // "Saved" lives here: a save's answer (a new version) starts the form again from what was stored.
  const [saved, setSaved] = useState<string>();
  const onSaved = (settings: DeliverySettings) => {
    setSaved(settings.version);
    load.set(settings);
  };
  return (
    <Loaded load={load}>
      {(settings) => <DeliveryForm key={settings.version} settings={settings} saved={saved === settings.version} onSaved={onSaved} onReload={load.reload} />}
    </Loaded>
  );
}

function DeliveryForm({ settings, saved, onSaved, onReload }: { settings: DeliverySettings; saved: boolean; onSaved: (s: DeliverySettings) => void; onReload: () => void }) {
  const { t } = useAdminI18n();
  const api = useAdminApi();
  const [freeFrom, setFreeFrom] = useState(tiyinToSom(settings.freeFrom));
  const [rates, setRates] = useState<RateDraft[]>(settings.rates.map((r) => ({ method: r.method, region: r.region, fee: tiyinToSom(r.fee), daysMin: String(r.daysMin), daysMax: String(r.daysMax) })));
  const [points, setPoints] = useState<PointDraft[]>(settings.pickupPoints.map(toPointDraft));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<{ error?: ApiError; general?: string }>();

  const save = async () => {
    setProblem(undefined);
    const local: Record<string, string> = {};
    const free = somToTiyin(freeFrom);
    if (!free.ok || free.tiyin === undefined) local.freeFrom = t('product.moneyFormat');
    const fees = rates.map((r, i) => {
      const fee = somToTiyin(r.fee);
      if (!fee.ok || fee.tiyin === undefined) local[`rates[${i}].fee`] = t('product.moneyFormat');
      return fee.ok ? (fee.tiyin ?? 0) : 0;
    });
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const body: DeliverySettings = {
      version: settings.version,
      freeFrom: free.ok ? (free.tiyin ?? 0) : 0,
      rates: rates.map((r, i) => ({ method: r.method, region: r.region, fee: fees[i]!, daysMin: Number(r.daysMin), daysMax: Number(r.daysMax) })),
      pickupPoints: points.map((p) => ({
        id: p.id.trim(),
        region: p.region,
        name: p.name.trim(),
        address: p.address.trim(),
        hours: p.hours.trim(),
        position: Number(p.position),
        active: p.active,
      })),
    };
    try {
      const answer = await api.put<DeliverySettings>('/admin/delivery', body);
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
            const update = (patch: Partial<PointDraft>) => setPoints(points.map((x, j) => (j === i ? { ...x, ...patch } : x)));
            const cell = (name: 'id' | 'name' | 'address' | 'hours' | 'position', label: string, inputMode?: 'numeric') => (
              <label className="text-xs text-slate-600">{label}
                <input className={smallInputClass} inputMode={inputMode} data-testid={`point-${i}-${name}`} value={p[name]} readOnly={name === 'id' && p.stored}
                  aria-invalid={errors[`pickupPoints[${i}].${name}`] ? true : undefined} onChange={(e) => update({ [name]: e.target.value })} />
                <FieldError id={`e-pickupPoints[${i}].${name}`} text={errors[`pickupPoints[${i}].${name}`]} />
              </label>
            );
            return (
              <div key={p.stored ? p.id : `new-${i}`} data-testid="point-row" className="grid gap-2 rounded-xl border border-slate-200 p-3 md:grid-cols-4">
                {cell('id', t('delivery.pointId'))}
                <label className="text-xs text-slate-600">{t('delivery.region')}
                  <select className={smallInputClass} value={p.region} onChange={(e) => update({ region: e.target.value })}>
                    {regionCodes.map((code) => <option key={code} value={code}>{regionName(t, code)}</option>)}
                  </select>
                  <FieldError id={`e-pickupPoints[${i}].region`} text={errors[`pickupPoints[${i}].region`]} />
                </label>
                {cell('name', t('delivery.pointName'))}
                {cell('address', t('delivery.pointAddress'))}
                {cell('hours', t('delivery.hours'))}
                {cell('position', t('delivery.position'), 'numeric')}
                <label className="flex items-center gap-2 text-sm"><input type="checkbox" data-testid={`point-${i}-active`} checked={p.active} onChange={(e) => update({ active: e.target.checked })} />{t('delivery.active')}</label>
                {!p.stored && (
                  <button type="button" className="justify-self-start text-sm text-red-700 underline" onClick={() => setPoints(points.filter((_, j) => j !== i))}>{t('admin.remove')}</button>
                )}
              </div>
            );
          })}
        </div>
        <button type="button" className={`${secondaryClass} mt-2`} data-testid="add-point"
          onClick={() => setPoints([...points, { id: '', region: 'UZ-TK', name: '', address: '', hours: '', position: '0', active: true, stored: false }])}>{t('delivery.addPoint')}</button>
      </div>
      {problem && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {isVersionConflict(problem.error) ? <>{t('admin.conflict')} <button type="button" className="underline" onClick={onReload}>{t('admin.reload')}</button></> : (problem.general ?? t('admin.fixErrors'))}
        </div>
      )}
      <div className="flex items-center gap-3">
        <button type="button" className={buttonClass} data-testid="delivery-save" onClick={() => void save()}>{t('admin.save')}</button>
        {saved && <span role="status" data-testid="delivery-saved" className="text-sm text-emerald-800">{t('admin.saved')}</span>}
      </div>
    </section>
  );
}
