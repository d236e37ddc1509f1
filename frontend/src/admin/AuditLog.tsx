import { useState } from 'react';
import { useLoad, type AuditEntry, type Page } from './adminApi';
import { useAdminI18n } from './i18n/messages';
import { Labelled, Loaded, Pager, SectionTitle, buttonClass, formatInstant, smallInputClass, tableClass, tdClass, thClass } from './ui';
import { listParams, useQueryState } from './urlState';

/** The fields a change touched, "field: before → after"; a create shows what was made. */
export function changes(before: unknown, after: unknown): string[] {
  const b = (typeof before === 'object' && before !== null ? before : {}) as Record<string, unknown>;
  const a = (typeof after === 'object' && after !== null ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const show = (value: unknown) => (value === undefined ? '∅' : JSON.stringify(value));
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).map((k) => `${k}: ${show(b[k])} → ${show(a[k])}`);
}

export function AuditLog() {
  const { t, lang } = useAdminI18n();
  const { values, cursor, set } = useQueryState(['from', 'to', 'actor'] as const);
  const params = listParams(values, cursor);
  const list = useLoad(params.toString(), (api, signal) => api.get<Page<AuditEntry>>('/admin/audit', { params, signal }).then((r) => r.data));
  const [actor, setActor] = useState(values.actor);
  return (
    <section>
      <SectionTitle>{t('section.audit')}</SectionTitle>
      <form className="mb-4 flex flex-wrap items-end gap-3" onSubmit={(e) => { e.preventDefault(); set({ actor: actor.trim() }); }}>
        <Labelled label={t('admin.from')}><input type="date" className={smallInputClass} value={values.from} onChange={(e) => set({ from: e.target.value })} /></Labelled>
        <Labelled label={t('admin.to')}><input type="date" className={smallInputClass} value={values.to} onChange={(e) => set({ to: e.target.value })} /></Labelled>
        <Labelled label={t('audit.actorFilter')}><input className={smallInputClass} value={actor} onChange={(e) => setActor(e.target.value)} /></Labelled>
        <button type="submit" className={buttonClass}>{t('admin.search')}</button>
      </form>
      <Loaded load={list}>
        {(page) => (
          <>
            <div className="overflow-x-auto">
              <table className={tableClass} data-testid="audit-table">
                <thead>
                  <tr>
                    <th className={thClass}>{t('audit.at')}</th>
                    <th className={thClass}>{t('audit.actor')}</th>
                    <th className={thClass}>{t('audit.action')}</th>
                    <th className={thClass}>{t('audit.target')}</th>
                    <th className={thClass}>{t('audit.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((e) => (
                    <tr key={e.id}>
                      <td className={`${tdClass} whitespace-nowrap`}>{formatInstant(e.at, lang)}</td>
                      <td className={tdClass} data-testid="audit-actor">
                        {e.actor.phone ?? e.actor.id} <span className="text-slate-500">{t(`role.${e.actor.role}`)}</span>
                      </td>
                      <td className={tdClass}><code>{e.action}</code></td>
                      <td className={tdClass}>{e.target}</td>
                      <td className={`${tdClass} font-mono text-xs break-all`}>
                        <ul>{changes(e.before, e.after).map((line) => <li key={line}>{line}</li>)}</ul>
                      </td>
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
