import { useState } from 'react';
import { Link } from 'react-router';
import { formatMoney } from '../i18n/money';
import type { Category, Page, ProductRow } from './adminApi';
import { useLoad } from './adminApi';
import { useAdminI18n } from './i18n/messages';
import { Labelled, Loaded, Pager, SectionTitle, buttonClass, smallInputClass, tableClass, tdClass, thClass } from './ui';
import { listParams, useQueryState } from './urlState';

const filterKeys = ['q', 'category', 'brand', 'status', 'outOfStock', 'sort'] as const;
export const productSorts = ['-created', 'created', 'name', '-name', 'price', '-price'] as const;

export function useCategories() {
  return useLoad('categories', (api, signal) =>
    api.get<{ items: Category[] }>('/admin/categories', { signal }).then((r) => r.data.items),
  );
}

export function Products() {
  const { t, lang, known } = useAdminI18n();
  const { values, cursor, set } = useQueryState(filterKeys);
  const params = listParams(values, cursor);
  const list = useLoad(params.toString(), (api, signal) =>
    api.get<Page<ProductRow>>('/admin/products', { params, signal }).then((r) => r.data),
  );
  const categories = useCategories();
  const [q, setQ] = useState(values.q);
  const categoryName = (id: number) => categories.data?.find((c) => c.id === id)?.name[lang] ?? String(id);

  return (
    <section>
      <SectionTitle
        actions={
          <Link to="/admin/products/new" className={buttonClass} data-testid="new-product">
            {t('products.new')}
          </Link>
        }
      >
        {t('section.products')}
      </SectionTitle>
      <form
        role="search"
        className="mb-4 grid grid-cols-2 items-end gap-3 md:grid-cols-4 xl:grid-cols-7"
        onSubmit={(event) => {
          event.preventDefault();
          set({ q: q.trim() });
        }}
      >
        <Labelled label={t('products.searchLabel')} className="col-span-2">
          <input className={smallInputClass} data-testid="products-q" value={q} onChange={(e) => setQ(e.target.value)} />
        </Labelled>
        <Labelled label={t('products.category')}>
          <select className={smallInputClass} data-testid="products-category" value={values.category} onChange={(e) => set({ category: e.target.value })}>
            <option value="">{t('admin.all')}</option>
            {categories.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name[lang]}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled label={t('products.brand')}>
          <input className={smallInputClass} data-testid="products-brand" defaultValue={values.brand} onBlur={(e) => e.target.value.trim() !== values.brand && set({ brand: e.target.value.trim() })} />
        </Labelled>
        <Labelled label={t('products.status')}>
          <select className={smallInputClass} data-testid="products-status" value={values.status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t('admin.all')}</option>
            {(['draft', 'active', 'archived'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled label={t('admin.sort')}>
          <select className={smallInputClass} data-testid="products-sort" value={values.sort || '-created'} onChange={(e) => set({ sort: e.target.value === '-created' ? '' : e.target.value })}>
            {productSorts.map((s) => (
              <option key={s} value={s}>
                {t(`products.sort.${s}`)}
              </option>
            ))}
          </select>
        </Labelled>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" data-testid="products-out-of-stock" checked={values.outOfStock === 'true'} onChange={(e) => set({ outOfStock: e.target.checked ? 'true' : '' })} />
          {t('products.outOfStock')}
        </label>
        <button type="submit" className={buttonClass}>
          {t('admin.search')}
        </button>
      </form>
      <Loaded load={list}>
        {(page) =>
          page.items.length === 0 ? (
            <p className="text-slate-500">{t('admin.empty')}</p>
          ) : (
            <>
              <div className="overflow-x-auto">
                <table className={tableClass} data-testid="products-table">
                  <thead>
                    <tr>
                      <th className={thClass}>{t('products.name')}</th>
                      <th className={thClass}>{t('products.category')}</th>
                      <th className={thClass}>{t('products.brand')}</th>
                      <th className={thClass}>{t('products.status')}</th>
                      <th className={`${thClass} text-right`}>{t('products.price')}</th>
                      <th className={`${thClass} text-right`}>{t('products.skus')}</th>
                      <th className={`${thClass} text-right`}>{t('products.stock')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((p) => (
                      <tr key={p.id} data-testid="product-row">
                        <td className={tdClass}>
                          <Link to={`/admin/products/${p.id}`} className="font-semibold text-emerald-800 hover:underline">
                            {p.name[lang] || p.name.uz}
                          </Link>
                        </td>
                        <td className={tdClass}>{categoryName(p.categoryId)}</td>
                        <td className={tdClass}>{p.brand ?? ''}</td>
                        <td className={tdClass}>{known('status', p.status)}</td>
                        <td className={`${tdClass} text-right whitespace-nowrap`}>{p.priceMin !== undefined ? formatMoney(p.priceMin, lang) : ''}</td>
                        <td className={`${tdClass} text-right`}>{p.skuCount}</td>
                        <td className={`${tdClass} text-right`}>
                          {p.stock.onHand} / {p.stock.reserved}
                        </td>
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
    </section>
  );
}
