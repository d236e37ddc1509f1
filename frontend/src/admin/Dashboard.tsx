import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../i18n/money';
import { useLoad, type Analytics } from './adminApi';
import { useAdminI18n } from './i18n/messages';
import { paymentName, regionName, statusName } from './labels';
import { Labelled, Loaded, SectionTitle, smallInputClass } from './ui';
import { useQueryState } from './urlState';

/** A Tashkent day `days` before today, yyyy-MM-dd. */
export function tashkentDay(offsetDays = 0, now = new Date()): string {
  const shifted = new Date(now.getTime() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tashkent', year: 'numeric', month: '2-digit', day: '2-digit' }).format(shifted);
}

const som = (tiyin: number) => Math.floor(tiyin / 100);

function Figure({ label, value, testId, hint }: { label: string; value: string; testId: string; hint?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3">
      <p className="text-xs text-slate-500">{label}</p>
      <p className="text-xl font-bold text-slate-900" data-testid={testId}>
        {value}
      </p>
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
    </div>
  );
}

/** A bar chart of named amounts with the same numbers in a table beside it. */
function Bars({ title, rows, money, testId }: { title: string; rows: { name: string; value: number }[]; money?: boolean; testId: string }) {
  const { t, lang } = useAdminI18n();
  const show = (v: number) => (money ? formatMoney(v, lang) : String(v));
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3" data-testid={testId}>
      <h2 className="mb-2 font-semibold">{title}</h2>
      {/* The API leaves out statuses, regions and methods with nothing: a range without sales has no rows. */}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('admin.empty')}</p>
      ) : (
      <div className="grid gap-3 md:grid-cols-2">
        <div className="h-48" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows.map((r) => ({ name: r.name, value: money ? som(r.value) : r.value }))} layout="vertical" margin={{ left: 8, right: 8 }}>
              <XAxis type="number" hide />
              <YAxis type="category" dataKey="name" width={90} tick={{ fontSize: 11 }} />
              <Tooltip />
              <Bar dataKey="value" fill="#047857" />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="text-sm">
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <td className="py-0.5 pr-2">{r.name}</td>
                <td className="py-0.5 text-right whitespace-nowrap">{show(r.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      )}
    </div>
  );
}

export function Dashboard() {
  const { t, lang } = useAdminI18n();
  const { values, set } = useQueryState(['from', 'to'] as const);
  const from = values.from || tashkentDay(-29);
  const to = values.to || tashkentDay(0);
  const tooLong = (Date.parse(to) - Date.parse(from)) / 86_400_000 > 365;
  const data = useLoad(tooLong ? null : `${from}/${to}`, (api, signal) =>
    api.get<Analytics>('/admin/analytics', { params: { from, to }, signal }).then((r) => r.data),
  );
  const entries = (record: Record<string, number>, name: (key: string) => string) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .map(([key, value]) => ({ name: name(key), value }));

  return (
    <section className="space-y-4">
      <SectionTitle
        actions={
          <div className="flex items-end gap-2">
            <Labelled label={t('admin.from')}>
              <input type="date" className={smallInputClass} data-testid="dash-from" value={from} max={to} onChange={(e) => set({ from: e.target.value })} />
            </Labelled>
            <Labelled label={t('admin.to')}>
              <input type="date" className={smallInputClass} data-testid="dash-to" value={to} min={from} onChange={(e) => set({ to: e.target.value })} />
            </Labelled>
            <button type="button" className="mb-0.5 rounded-md px-2 py-1.5 text-sm ring-1 ring-slate-300" data-testid="dash-reload" onClick={data.reload}>
              {t('admin.reload')}
            </button>
          </div>
        }
      >
        {t('section.dashboard')}
      </SectionTitle>
      {tooLong && <p role="alert" className="text-sm text-red-700">{t('dash.tooLong')}</p>}
      {!tooLong && (
        <Loaded load={data}>
          {(a) => (
            <div className="space-y-4" data-testid="dashboard">
              <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
                <Figure label={t('dash.revenue')} value={formatMoney(a.revenue, lang)} testId="dash-revenue" />
                <Figure label={t('dash.orders')} value={String(a.orders)} testId="dash-orders" />
                <Figure label={t('dash.soldOrders')} value={String(a.soldOrders)} testId="dash-sold" />
                <Figure label={t('dash.aov')} value={formatMoney(a.averageOrderValue, lang)} testId="dash-aov" />
                <Figure
                  label={t('dash.conversion')}
                  value={new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(a.conversion)}
                  hint={t('dash.conversionHint', { orders: a.orders, carts: a.cartsStarted })}
                  testId="dash-conversion"
                />
              </div>
              <div className="rounded-xl border border-slate-200 bg-white p-3">
                <h2 className="mb-2 font-semibold">{t('dash.revenueByDay')}</h2>
                <div className="grid gap-3 lg:grid-cols-3">
                  <div className="h-56 lg:col-span-2" aria-hidden="true">
                    <ResponsiveContainer width="100%" height="100%">
                      <LineChart data={a.revenueByDay.map((d) => ({ day: d.day.slice(5), revenue: som(d.revenue), orders: d.orders }))}>
                        <CartesianGrid strokeDasharray="3 3" />
                        <XAxis dataKey="day" tick={{ fontSize: 11 }} />
                        <YAxis tick={{ fontSize: 11 }} width={70} />
                        <Tooltip />
                        <Line type="monotone" dataKey="revenue" stroke="#047857" dot={false} />
                      </LineChart>
                    </ResponsiveContainer>
                  </div>
                  <div className="max-h-56 overflow-y-auto">
                    <table className="w-full text-sm" data-testid="revenue-by-day">
                      <thead>
                        <tr>
                          <th className="text-left">{t('dash.day')}</th>
                          <th className="text-right">{t('dash.orders')}</th>
                          <th className="text-right">{t('dash.revenue')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {a.revenueByDay.map((d) => (
                          <tr key={d.day}>
                            <td>{d.day}</td>
                            <td className="text-right">{d.orders}</td>
                            <td className="text-right whitespace-nowrap">{formatMoney(d.revenue, lang)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </div>
              </div>
              <div className="grid gap-4 xl:grid-cols-2">
                <Bars title={t('dash.ordersByStatus')} testId="dash-by-status" rows={entries(a.ordersByStatus, (s) => statusName(lang, s))} />
                <Bars title={t('dash.byPayment')} testId="dash-by-payment" money rows={entries(a.revenueByPaymentMethod, (p) => paymentName(t, p))} />
                <Bars title={t('dash.byRegion')} testId="dash-by-region" money rows={entries(a.revenueByRegion, (r) => regionName(t, r))} />
                <Bars title={t('dash.topByRevenue')} testId="dash-top-revenue" money rows={a.topProductsByRevenue.map((p) => ({ name: p.name || p.sku, value: p.revenue }))} />
                <Bars title={t('dash.topByUnits')} testId="dash-top-units" rows={a.topProductsByUnits.map((p) => ({ name: p.name || p.sku, value: p.units }))} />
              </div>
            </div>
          )}
        </Loaded>
      )}
    </section>
  );
}
