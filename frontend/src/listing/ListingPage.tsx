import { skipToken } from '@reduxjs/toolkit/query/react';
import { useId, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { FieldProblem } from '../app/api';
import { Breadcrumbs, type Crumb } from '../catalog/Breadcrumbs';
import { useCategoriesQuery, useProductsQuery } from '../catalog/catalogApi';
import { categoryPath } from '../catalog/categoryTree';
import { isApiError, isNotFound, LoadError } from '../catalog/LoadError';
import { ProductGrid } from '../catalog/ProductCard';
import type { CategoryNode } from '../catalog/types';
import { groupDigits } from '../i18n/money';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { ActiveFilters, Filters } from './Filters';
import {
  apiParams,
  effectiveSort,
  emptyListing,
  filterCount,
  listingSearch,
  parseListing,
  sorts,
  withSort,
  withoutFilters,
  type Listing,
} from './listingParams';

const PAGE_SIZE = 24;

/** `/c/:slug`: the products of a category and every category below it. */
export function CategoryPage() {
  const { slug = '' } = useParams();
  return <ListingPage category={slug} />;
}

/** `/search?q=`: search results, filtered and sorted like a category. */
export function SearchPage() {
  return <ListingPage />;
}

/**
 * Cursors of the pages before this one, carried in the history entry's state: "previous page" needs them, and a
 * cursor only leads forward. A shared link has none, so it offers "first page" instead.
 */
interface PageTrail {
  trail: string[];
}

function pageTrail(state: unknown): string[] {
  const trail = (state as Partial<PageTrail> | null)?.trail;
  return Array.isArray(trail) && trail.every((c) => typeof c === 'string') ? trail : [];
}

const toSearch = (listing: Listing) => {
  const search = listingSearch(listing).toString();
  return search ? `?${search}` : '';
};

function ListingPage({ category }: { category?: string }) {
  const { t, lang } = useI18n();
  const [searchParams] = useSearchParams();
  const listing = useMemo(() => parseListing(searchParams), [searchParams]);
  const navigate = useNavigate();
  const location = useLocation();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();

  const searching = category === undefined;
  // The search page without anything to search for asks for it instead of listing the whole shop.
  const idle = searching && listing.q.trim() === '' && filterCount(listing) === 0;
  const params = apiParams(listing, category, PAGE_SIZE).toString();
  const products = useProductsQuery(idle ? skipToken : { params, lang });
  const categories = useCategoriesQuery(searching ? skipToken : lang);
  const path = category && categories.data ? categoryPath(categories.data, category) : undefined;
  const current = path?.at(-1);

  const title = searching
    ? listing.q.trim()
      ? t('search.title', { q: listing.q.trim() })
      : t('search.titleEmpty')
    : current?.name;
  useDocumentTitle(title);

  const show = (next: Listing) => navigate({ search: toSearch(next) });

  if (isNotFound(products.error)) return <NotFoundPage />;

  const crumbs: Crumb[] = searching
    ? [{ name: t('search.titleEmpty') }]
    : (path ?? []).map((node, i, all) => (i < all.length - 1 ? { name: node.name, to: `/c/${node.slug}` } : { name: node.name }));
  // The previous answer stays on show (dimmed) until the one for this address arrives.
  const data = products.data;
  const busy = !idle && (products.isFetching || (products.currentData === undefined && !products.error));
  const chosen = filterCount(listing);

  return (
    <section data-testid="listing-page" data-address={listingSearch(listing).toString()} aria-busy={busy}>
      <Breadcrumbs trail={crumbs} />
      <h1 data-testid="page-title" className="text-2xl font-bold break-words text-slate-900 sm:text-3xl">
        {title ?? <span className="inline-block h-8 w-48 animate-pulse rounded bg-slate-200" />}
      </h1>
      {current && <Subcategories node={current} />}

      {idle ? (
        <p data-testid="search-prompt" className="mt-4 text-slate-600">
          {t('search.prompt')}
        </p>
      ) : (
        <div className="mt-5 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-6">
          {/* On phones the filters fold away behind this button, which stays above them. */}
          <button
            type="button"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            data-testid="filters-toggle"
            onClick={() => setFiltersOpen(!filtersOpen)}
            className="mb-3 rounded-lg bg-white px-3 py-2 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-emerald-700 lg:hidden"
          >
            {chosen ? t('listing.filtersCount', { count: chosen }) : t('listing.filters')}
          </button>
          <aside
            id={filtersId}
            aria-label={t('listing.filters')}
            className={`mb-4 lg:mb-0 lg:block ${filtersOpen ? 'block' : 'hidden'}`}
          >
            <Filters listing={listing} facets={data?.facets} onChange={show} />
          </aside>

          <div className="min-w-0 space-y-4">
            <div className="flex flex-wrap items-center justify-end gap-3">
              <SortSelect listing={listing} onChange={show} />
            </div>
            <ActiveFilters listing={listing} facets={data?.facets} onChange={show} />

            {products.error ? (
              isApiError(products.error) && products.error.kind === 'http' && products.error.status === 400 ? (
                <InvalidListing errors={products.error.errors} reset={toSearch({ ...emptyListing, q: listing.q })} />
              ) : (
                <LoadError error={products.error} onRetry={() => void products.refetch()} />
              )
            ) : !data ? (
              <p role="status" data-testid="listing-loading" className="py-10 text-center text-slate-500">
                {t('listing.loading')}
              </p>
            ) : data.items.length === 0 ? (
              <div data-testid="listing-empty" className="rounded-xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
                <p className="text-lg font-semibold text-slate-900">{t('listing.empty')}</p>
                {chosen > 0 ? (
                  <>
                    <p className="mt-1 text-slate-600">{t('listing.emptyFiltered')}</p>
                    <button
                      type="button"
                      onClick={() => show(withoutFilters(listing))}
                      className="mt-4 rounded-lg bg-emerald-700 px-4 py-2 text-sm font-semibold text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
                    >
                      {t('filter.clearAll')}
                    </button>
                  </>
                ) : (
                  searching && <p className="mt-1 text-slate-600">{t('search.emptyHint')}</p>
                )}
              </div>
            ) : (
              <div className={busy ? 'opacity-60 transition-opacity' : ''}>
                <h2 className="sr-only">{t('listing.products')}</h2>
                <ProductGrid products={data.items} />
              </div>
            )}
            {data && !products.error && (
              <Pagination listing={listing} nextCursor={data.nextCursor} trail={pageTrail(location.state)} />
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function Subcategories({ node }: { node: CategoryNode }) {
  const { t } = useI18n();
  if (node.children.length === 0) return null;
  return (
    <nav aria-label={t('catalog.categories')} className="mt-3">
      <ul className="flex flex-wrap gap-2">
        {node.children.map((child) => (
          <li key={child.slug}>
            <Link
              to={`/c/${child.slug}`}
              className="inline-flex items-center gap-1.5 rounded-full bg-white px-3 py-1 text-sm text-slate-700 shadow-sm ring-1 ring-slate-200 hover:ring-emerald-300"
            >
              {child.name}{' '}
              <span className="text-slate-400 tabular-nums">{groupDigits(child.productCount)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function SortSelect({ listing, onChange }: { listing: Listing; onChange: (next: Listing) => void }) {
  const { t } = useI18n();
  const id = useId();
  const searching = listing.q.trim() !== '';
  const defaultSort = searching ? 'relevance' : 'popularity';
  const value = effectiveSort(listing);
  const offered = sorts.filter((sort) => sort !== 'relevance' || searching);

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-slate-600">
        {t('sort.label')}
      </label>
      <select
        id={id}
        data-testid="sort"
        value={value}
        // The default stays out of the address, so one view has one address.
        onChange={(event) => onChange(withSort(listing, event.target.value === defaultSort ? '' : event.target.value))}
        className="rounded-lg border border-slate-300 bg-white py-1.5 pr-8 pl-2.5 text-sm focus:outline-2 focus:outline-emerald-700"
      >
        {offered.map((sort) => (
          <option key={sort} value={sort}>
            {t(`sort.${sort}`)}
          </option>
        ))}
        {!(offered as readonly string[]).includes(value) && <option value={value}>{value}</option>}
      </select>
    </div>
  );
}

function Pagination({ listing, nextCursor, trail }: { listing: Listing; nextCursor: string | null; trail: string[] }) {
  const { t } = useI18n();
  if (!listing.cursor && !nextCursor) return null;

  const page = listing.cursor ? (trail.length > 0 ? trail.length + 1 : undefined) : 1;
  const previous = listing.cursor ? trail.at(-1) ?? '' : undefined;
  const toTop = () => window.scrollTo({ top: 0 });
  const link =
    'rounded-lg bg-white px-3 py-2 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-emerald-700';

  return (
    <nav aria-label={t('pagination.label')} data-testid="pagination" className="flex items-center justify-between gap-3 pt-2">
      {previous !== undefined ? (
        <Link
          to={{ search: toSearch({ ...listing, cursor: previous }) }}
          state={{ trail: trail.slice(0, -1) } satisfies PageTrail}
          onClick={toTop}
          rel="prev"
          className={link}
        >
          {trail.length > 0 ? t('pagination.prev') : t('pagination.first')}
        </Link>
      ) : (
        <span />
      )}
      {page !== undefined && (
        <span data-testid="page-number" className="text-sm text-slate-600">
          {t('pagination.page', { page })}
        </span>
      )}
      {nextCursor ? (
        <Link
          to={{ search: toSearch({ ...listing, cursor: nextCursor }) }}
          state={{ trail: [...trail, listing.cursor] } satisfies PageTrail}
          onClick={toTop}
          rel="next"
          data-testid="next-page"
          className={link}
        >
          {t('pagination.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

function InvalidListing({ errors, reset }: { errors: FieldProblem[]; reset: string }) {
  const { t } = useI18n();
  const labels: Record<string, MessageKey> = {
    minPrice: 'field.minPrice',
    maxPrice: 'field.maxPrice',
    sort: 'sort.label',
    cursor: 'field.cursor',
    q: 'field.q',
    brand: 'filter.brand',
    inStock: 'filter.inStock',
  };
  const label = (field: string) => {
    const key = labels[field];
    return key ? t(key) : field.replace(/^attr\./, '');
  };

  return (
    <div role="alert" data-testid="listing-invalid" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-900">
      <p className="font-semibold">{t('listing.invalid')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {errors.map((error) => (
          <li key={error.field}>
            <span className="font-medium">{label(error.field)}</span>: <span lang="en">{error.reason}</span>
          </li>
        ))}
      </ul>
      <Link to={{ search: reset }} className="mt-3 inline-block font-semibold text-emerald-800 underline-offset-4 hover:underline">
        {t('listing.reset')}
      </Link>
    </div>
  );
}
