import { Link } from 'react-router';
import { useCategoriesQuery, useProductsQuery } from '../catalog/catalogApi';
import { LoadError } from '../catalog/LoadError';
import { ProductGrid } from '../catalog/ProductCard';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';

const FEATURED = new URLSearchParams({ sort: 'popularity', limit: '8' }).toString();

export function HomePage() {
  const { t, lang, count } = useI18n();
  useDocumentTitle(undefined);
  const categories = useCategoriesQuery(lang);
  const featured = useProductsQuery({ params: FEATURED, lang });

  return (
    <div className="space-y-8">
      <section className="rounded-2xl bg-gradient-to-br from-emerald-700 to-emerald-600 p-6 text-white shadow-sm sm:p-10">
        <h1 data-testid="page-title" className="text-2xl font-bold sm:text-3xl">
          {t('home.title')}
        </h1>
        <p className="mt-2 text-lg text-emerald-50">{t('home.lead')}</p>
      </section>

      <section aria-labelledby="home-categories" aria-busy={categories.isFetching}>
        <h2 id="home-categories" className="mb-3 text-xl font-bold text-slate-900">
          {t('catalog.categories')}
        </h2>
        {categories.error ? (
          <LoadError error={categories.error} onRetry={() => void categories.refetch()} />
        ) : (
          <ul data-testid="category-tiles" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
            {(categories.data ?? []).map((category) => (
              <li key={category.slug} className="flex">
                <Link
                  to={`/c/${category.slug}`}
                  data-testid="category-tile"
                  className="flex w-full min-w-0 flex-col justify-between gap-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 transition hover:shadow-md hover:ring-emerald-300 focus-visible:outline-2 focus-visible:outline-emerald-700"
                >
                  <span className="font-semibold break-words text-slate-900">{category.name}</span>
                  <span className="text-sm text-slate-500">{count('count.products', category.productCount)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="home-featured" aria-busy={featured.isFetching}>
        <h2 id="home-featured" className="mb-3 text-xl font-bold text-slate-900">
          {t('home.featured')}
        </h2>
        {featured.error ? (
          <LoadError error={featured.error} onRetry={() => void featured.refetch()} />
        ) : (
          featured.data && <ProductGrid products={featured.data.items} />
        )}
      </section>
    </div>
  );
}
