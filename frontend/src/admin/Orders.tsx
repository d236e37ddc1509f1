import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { toApiError, type ApiError } from '../app/api';
import { regionCodes } from '../account/regions';
import { formatMoney } from '../i18n/money';
import { downloadWithToken, useAdminApi, useLoad, type AdminOrder, type OrderAction, type OrderRow, type Page } from './adminApi';
import { useAdminI18n } from './i18n/messages';
import { orderStatuses, paymentMethods, paymentName, regionName, statusName } from './labels';
import { fieldErrors, isVersionConflict } from './problems';
import { FieldError, Labelled, Loaded, Pager, Problem, SectionTitle, buttonClass, formatInstant, secondaryClass, smallInputClass, tableClass, tdClass, thClass } from './ui';
import { listParams, useQueryState } from './urlState';

const filterKeys = ['status', 'from', 'to', 'region', 'payment', 'q', 'sort', 'customer'] as const;

/** The orders table; `customer` fixed shows one customer's orders (on their page). */
export function OrdersTable({ fixed }: { fixed?: Record<string, string> }) {
  const { t, lang } = useAdminI18n();
  const api = useAdminApi();
  const { values, cursor, set } = useQueryState(filterKeys);
  const all = { ...values, ...fixed };
  const params = listParams(all, cursor);
  const list = useLoad(params.toString(), (client, signal) =>
    client.get<Page<OrderRow>>('/admin/orders', { params, signal }).then((r) => r.data),
  );
  const [q, setQ] = useState(values.q);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ApiError>();

  const exportCsv = async () => {
    setExporting(true);
    setExportError(undefined);
    try {
      await downloadWithToken(api, '/admin/orders.csv', listParams(all, ''), 'orders.csv');
    } catch (error) {
      setExportError(toApiError(error));
    } finally {
      setExporting(false);
    }
  };
  const exportParams = listParams(all, '');
  exportParams.delete('limit');

  return (
    <>
      <form
        role="search"
        className="mb-4 grid grid-cols-2 items-end gap-3 md:grid-cols-4 xl:grid-cols-8"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: q.trim() });
        }}
      >
        <Labelled label={t('orders.searchLabel')} className="col-span-2">
          <input className={smallInputClass} data-testid="orders-q" value={q} onChange={(e) => setQ(e.target.value)} />
        </Labelled>
        <Labelled label={t('orders.status')}>
          <select className={smallInputClass} data-testid="orders-status" value={values.status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t('admin.all')}</option>
            {orderStatuses.map((s) => (
              <option key={s} value={s}>
                {statusName(lang, s)}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled label={t('admin.from')}>
          <input type="date" className={smallInputClass} data-testid="orders-from" value={values.from} onChange={(e) => set({ from: e.target.value })} />
        </Labelled>
        <Labelled label={t('admin.to')}>
          <input type="date" className={smallInputClass} data-testid="orders-to" value={values.to} onChange={(e) => set({ to: e.target.value })} />
        </Labelled>
        <Labelled label={t('orders.region')}>
          <select className={smallInputClass} data-testid="orders-region" value={values.region} onChange={(e) => set({ region: e.target.value })}>
            <option value="">{t('admin.all')}</option>
            {regionCodes.map((r) => (
              <option key={r} value={r}>
                {regionName(t, r)}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled label={t('orders.payment')}>
          <select className={smallInputClass} data-testid="orders-payment" value={values.payment} onChange={(e) => set({ payment: e.target.value })}>
            <option value="">{t('admin.all')}</option>
            {paymentMethods.map((p) => (
              <option key={p} value={p}>
                {paymentName(t, p)}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled label={t('admin.sort')}>
          <select className={smallInputClass} data-testid="orders-sort" value={values.sort || '-placed'} onChange={(e) => set({ sort: e.target.value === '-placed' ? '' : e.target.value })}>
            <option value="-placed">{t('orders.sort.-placed')}</option>
            <option value="placed">{t('orders.sort.placed')}</option>
          </select>
        </Labelled>
        <button type="submit" className={buttonClass}>
          {t('admin.search')}
        </button>
        <button type="button" className={secondaryClass} data-testid="orders-export" data-query={exportParams.toString()} disabled={exporting} onClick={() => void exportCsv()}>
          {exporting ? t('orders.exporting') : t('orders.export')}
        </button>
      </form>
      {exportError && <Problem error={exportError} />}
      <Loaded load={list}>
        {(page) =>
          page.items.length === 0 ? (
            <p className="text-slate-500">{t('admin.empty')}</p>
          ) : (
            <>
              <div className="overflow-x-auto">
                <table className={tableClass} data-testid="orders-table">
                  <thead>
                    <tr>
                      <th className={thClass}>{t('orders.number')}</th>
                      <th className={thClass}>{t('orders.placed')}</th>
                      <th className={thClass}>{t('orders.status')}</th>
                      <th className={thClass}>{t('orders.customer')}</th>
                      <th className={thClass}>{t('orders.region')}</th>
                      <th className={thClass}>{t('orders.payment')}</th>
                      <th className={`${thClass} text-right`}>{t('orders.items')}</th>
                      <th className={`${thClass} text-right`}>{t('orders.total')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((o) => (
                      <tr key={o.number} data-testid="order-row">
                        <td className={tdClass}>
                          <Link to={`/admin/orders/${o.number}`} className="font-semibold text-emerald-800 hover:underline">
                            {o.number}
                          </Link>
                        </td>
                        <td className={`${tdClass} whitespace-nowrap`}>{formatInstant(o.placed, lang)}</td>
                        <td className={tdClass} data-testid="order-row-status">{statusName(lang, o.status)}</td>
                        <td className={tdClass}>
                          {o.recipientName} <span className="text-slate-500">{o.phone}</span>
                        </td>
                        <td className={tdClass}>{regionName(t, o.region)}</td>
                        <td className={tdClass}>{paymentName(t, o.paymentMethod)}</td>
                        <td className={`${tdClass} text-right`}>{o.itemCount}</td>
                        <td className={`${tdClass} text-right whitespace-nowrap`}>{formatMoney(o.total, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager cursor={cursor} nextCursor={page.nextCursor} onPage={(next) => set({ cursor: next })} />
            </>
          )
        }
      </Loaded>
    </>
  );
}

export function Orders() {
  const { t } = useAdminI18n();
  return (
    <section>
      <SectionTitle>{t('section.orders')}</SectionTitle>
      <OrdersTable />
    </section>
  );
}

export function OrderDetail() {
  const { number = '' } = useParams();
  const { t, lang } = useAdminI18n();
  const api = useAdminApi();
  const order = useLoad(number, (client, signal) =>
    client.get<AdminOrder>(`/admin/orders/${encodeURIComponent(number)}`, { signal }).then((r) => r.data),
  );
  const [shipping, setShipping] = useState(false);
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ error: ApiError; byField: Record<string, string>; general?: string }>();

  if (order.state === 'failed' && order.error.kind === 'http' && order.error.status === 404) return <p>{t('order.notFound')}</p>;

  const act = async (current: AdminOrder, action: OrderAction) => {
    if ((action === 'cancel' || action === 'refund') && !window.confirm(t('order.confirmAction', { action: t(`action.${action}`) }))) return;
    setProblem(undefined);
    setBusy(true);
    try {
      const answer = await api.post<AdminOrder>(`/admin/orders/${encodeURIComponent(current.order.number)}/actions`, {
        action,
        version: current.version,
        ...(action === 'ship' && { carrier: carrier.trim(), trackingNumber: tracking.trim() }),
      });
      order.set(answer.data);
      setShipping(false);
    } catch (error) {
      const apiError = toApiError(error);
      setProblem({ error: apiError, ...fieldErrors(apiError, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Loaded load={order}>
      {(o) => (
        <section className="space-y-5" data-testid="admin-order">
          <SectionTitle>
            {o.order.number} · <span data-testid="admin-order-status" data-status={o.order.status}>{statusName(lang, o.order.status)}</span>
          </SectionTitle>
          <div className="rounded-xl border border-slate-200 p-3">
            <h2 className="mb-2 font-semibold">{t('order.actions')}</h2>
            {o.actions.length === 0 && <p className="text-sm text-slate-500">{t('order.noActions')}</p>}
            <div className="flex flex-wrap gap-2">
              {o.actions.map((action) => (
                <button
                  key={action}
                  type="button"
                  disabled={busy}
                  data-testid={`action-${action}`}
                  className={action === 'cancel' || action === 'refund' ? secondaryClass : buttonClass}
                  onClick={() => (action === 'ship' ? setShipping(true) : void act(o, action))}
                >
                  {t(`action.${action}`)}
                </button>
              ))}
            </div>
            {shipping && (
              <form
                data-testid="ship-form"
                className="mt-3 grid max-w-xl items-end gap-3 md:grid-cols-3"
                onSubmit={(e) => {
                  e.preventDefault();
                  void act(o, 'ship');
                }}
              >
                <Labelled label={t('order.carrier')}>
                  <input className={smallInputClass} required data-testid="ship-carrier" value={carrier} onChange={(e) => setCarrier(e.target.value)} />
                  <FieldError id="e-carrier" text={problem?.byField.carrier} />
                </Labelled>
                <Labelled label={t('order.tracking')}>
                  <input className={smallInputClass} required data-testid="ship-tracking" value={tracking} onChange={(e) => setTracking(e.target.value)} />
                  <FieldError id="e-trackingNumber" text={problem?.byField.trackingNumber} />
                </Labelled>
                <button type="submit" className={buttonClass} disabled={busy} data-testid="ship-submit">
                  {t('action.ship')}
                </button>
              </form>
            )}
            {problem && (
              <div role="alert" className="mt-2 text-sm text-red-700">
                {isVersionConflict(problem.error) ? (
                  <>
                    {t('admin.conflict')}{' '}
                    <button type="button" className="underline" onClick={() => { setProblem(undefined); order.reload(); }}>
                      {t('admin.reload')}
                    </button>
                  </>
                ) : (
                  problem.byField.action ?? problem.general ?? Object.values(problem.byField)[0]
                )}
              </div>
            )}
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            <div>
              <h2 className="mb-2 font-semibold">{t('order.lines')}</h2>
              <ul className="divide-y divide-slate-100 text-sm">
                {o.order.lines.map((line) => (
                  <li key={line.sku} className="flex justify-between gap-3 py-1.5">
                    <span>
                      {line.name} <span className="text-slate-500">({line.sku})</span>
                      {line.options && <span className="block text-xs text-slate-500">{line.options}</span>}
                    </span>
                    <span className="whitespace-nowrap">
                      {line.quantity} × {formatMoney(line.unitPrice, lang)}
                    </span>
                  </li>
                ))}
              </ul>
              <dl className="mt-2 space-y-1 text-sm">
                <div className="flex justify-between"><dt>{t('order.subtotal')}</dt><dd>{formatMoney(o.order.subtotal, lang)}</dd></div>
                <div className="flex justify-between"><dt>{t('order.deliveryFee')}</dt><dd>{formatMoney(o.order.deliveryFee, lang)}</dd></div>
                <div className="flex justify-between font-semibold"><dt>{t('order.total')}</dt><dd data-testid="admin-order-total">{formatMoney(o.order.total, lang)}</dd></div>
              </dl>
            </div>
            <div className="space-y-3 text-sm">
              <div>
                <h2 className="mb-1 font-semibold">{t('order.address')}</h2>
                <p>
                  {regionName(t, o.order.address.region)}, {o.order.address.district}, {o.order.address.street}
                  {o.order.address.landmark ? ` (${o.order.address.landmark})` : ''}
                </p>
                <p>
                  {o.order.address.recipientName ?? ''} {o.order.address.recipientPhone}
                </p>
                <p className="text-slate-600" data-testid="admin-order-delivery">
                  {o.order.delivery.name}
                  {o.order.delivery.pickupPoint ? ` · ${o.order.delivery.pickupPoint.name}, ${o.order.delivery.pickupPoint.address}` : ''}
                </p>
              </div>
              <div>
                <h2 className="mb-1 font-semibold">{t('order.payment')}</h2>
                <p>
                  {paymentName(t, o.order.paymentMethod)}
                  {o.payment && ` · ${o.payment.provider} ${o.payment.transaction}`}
                </p>
              </div>
              {o.shipment && (
                <div>
                  <h2 className="mb-1 font-semibold">{t('order.shipment')}</h2>
                  <p data-testid="admin-order-shipment">
                    {o.shipment.carrier} · {o.shipment.trackingNumber}
                  </p>
                </div>
              )}
              <div>
                <h2 className="mb-1 font-semibold">{t('order.history')}</h2>
                <ol className="space-y-1">
                  {o.order.history.map((h, i) => (
                    <li key={i}>
                      {formatInstant(h.at, lang)} — {statusName(lang, h.status)}
                      {h.actor ? ` (${h.actor})` : ''}
                    </li>
                  ))}
                </ol>
              </div>
            </div>
          </div>
        </section>
      )}
    </Loaded>
  );
}
