import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { toApiError, type ApiError } from '../app/api';
import type { Role } from '../auth/types';
import { useAdminApi, useLoad, type Customer, type Page } from './adminApi';
import { useAdminI18n } from './i18n/messages';
import { regionName } from './labels';
import { OrdersTable } from './Orders';
import { fieldErrors } from './problems';
import { Labelled, Loaded, Pager, SectionTitle, buttonClass, formatInstant, secondaryClass, smallInputClass, tableClass, tdClass, thClass } from './ui';
import { listParams, useQueryState } from './urlState';

const roles: Role[] = ['customer', 'manager', 'admin'];

export function Customers() {
  const { t, lang } = useAdminI18n();
  const { values, cursor, set } = useQueryState(['q'] as const);
  const params = listParams(values, cursor);
  const list = useLoad(params.toString(), (api, signal) =>
    api.get<Page<Customer>>('/admin/customers', { params, signal }).then((r) => r.data),
  );
  const [q, setQ] = useState(values.q);
  return (
    <section>
      <SectionTitle>{t('section.customers')}</SectionTitle>
      <form role="search" className="mb-4 flex items-end gap-2" onSubmit={(e) => { e.preventDefault(); set({ q: q.trim() }); }}>
        <Labelled label={t('customers.searchLabel')}>
          <input className={smallInputClass} data-testid="customers-q" value={q} onChange={(e) => setQ(e.target.value)} />
        </Labelled>
        <button type="submit" className={buttonClass}>{t('admin.search')}</button>
      </form>
      <Loaded load={list}>
        {(page) => (
          <>
            <div className="overflow-x-auto">
              <table className={tableClass}>
                <thead>
                  <tr>
                    <th className={thClass}>{t('customers.name')}</th>
                    <th className={thClass}>{t('customers.phone')}</th>
                    <th className={thClass}>{t('customers.role')}</th>
                    <th className={thClass}>{t('customers.blocked')}</th>
                    <th className={thClass}>{t('customers.since')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((c) => (
                    <tr key={c.id}>
                      <td className={tdClass}><Link className="font-semibold text-emerald-800 hover:underline" to={`/admin/customers/${c.id}`}>{c.name}</Link></td>
                      <td className={tdClass}>{c.phone}</td>
                      <td className={tdClass}>{t(`role.${c.role}`)}</td>
                      <td className={tdClass}>{c.blocked ? t('admin.yes') : t('admin.no')}</td>
                      <td className={tdClass}>{formatInstant(c.createdAt, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {page.items.length === 0 && <p className="text-slate-500">{t('admin.empty')}</p>}
            <Pager cursor={cursor} nextCursor={page.nextCursor} onPage={(next) => set({ cursor: next })} />
          </>
        )}
      </Loaded>
    </section>
  );
}

export function CustomerDetail() {
  const { id = '' } = useParams();
  const { t } = useAdminI18n();
  const api = useAdminApi();
  const customer = useLoad(id, (client, signal) => client.get<Customer>(`/admin/customers/${id}`, { signal }).then((r) => r.data));
  const [problem, setProblem] = useState<string>();

  const write = async (path: string, body: object) => {
    setProblem(undefined);
    try {
      const answer = await api.put<Customer>(`/admin/customers/${id}/${path}`, body);
      customer.set({ ...customer.data, ...answer.data });
    } catch (error) {
      const apiError: ApiError = toApiError(error);
      const { byField, general } = fieldErrors(apiError, t);
      setProblem(Object.values(byField)[0] ?? general);
    }
  };

  return (
    <Loaded load={customer}>
      {(c) => (
        <section className="space-y-5">
          <SectionTitle>{c.name}</SectionTitle>
          <p className="text-sm text-slate-600">{c.phone}</p>
          <div className="flex flex-wrap items-end gap-3">
            <Labelled label={t('customers.role')}>
              <select className={smallInputClass} data-testid="customer-role" value={c.role} onChange={(e) => void write('role', { role: e.target.value })}>
                {roles.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
              </select>
            </Labelled>
            <button type="button" data-testid="customer-block" className={c.blocked ? buttonClass : secondaryClass} onClick={() => void write('blocked', { blocked: !c.blocked })}>
              {c.blocked ? t('customers.unblock') : t('customers.block')}
            </button>
            {c.blocked && <span className="rounded bg-red-100 px-2 py-1 text-sm text-red-800">{t('customers.blocked')}</span>}
          </div>
          {problem && <p role="alert" className="text-sm text-red-700">{problem}</p>}
          <div>
            <h2 className="mb-2 font-semibold">{t('customers.addresses')}</h2>
            <ul className="space-y-1 text-sm">
              {(c.addresses ?? []).map((a) => (
                <li key={a.id}>{regionName(t, a.region)}, {a.district}, {a.street}{a.landmark ? ` (${a.landmark})` : ''}</li>
              ))}
            </ul>
          </div>
          <div>
            <h2 className="mb-2 font-semibold">{t('customers.orders')}</h2>
            <OrdersTable fixed={{ customer: c.id }} />
          </div>
        </section>
      )}
    </Loaded>
  );
}
