import { useParams, useSearchParams } from 'react-router';
import { AddToCart } from '../cart/AddToCart';
import { Breadcrumbs } from '../catalog/Breadcrumbs';
import { useProductQuery } from '../catalog/catalogApi';
import { isNotFound, LoadError } from '../catalog/LoadError';
import { Price } from '../catalog/Price';
import { ProductGrid } from '../catalog/ProductCard';
import { StockBadge } from '../catalog/StockBadge';
import type { ProductDetails } from '../catalog/types';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { Gallery } from './Gallery';
import { VariantPicker } from './VariantPicker';
import { selectVariant } from './variants';

/** `/p/:slug?sku=<variant code>`: the product, its chosen variant kept in the address. */
export function ProductPage() {
  const { slug = '' } = useParams();
  const { t, lang } = useI18n();
  const product = useProductQuery({ slug, lang });
  // Another product's page while this one loads would be misleading: only the data of this slug is shown.
  const data = product.data?.slug === slug ? product.data : undefined;
  useDocumentTitle(data?.name);

  if (isNotFound(product.error)) return <NotFoundPage />;
  if (product.error) return <LoadError error={product.error} onRetry={() => void product.refetch()} />;
  if (!data) {
    return (
      <p role="status" data-testid="product-loading" className="py-10 text-center text-slate-500">
        {t('listing.loading')}
      </p>
    );
  }
  return <ProductView product={data} />;
}

function ProductView({ product }: { product: ProductDetails }) {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const variant = selectVariant(product.variants, searchParams.get('sku'));

  const crumbs = product.breadcrumbs.map((c) => ({ name: c.name, to: `/c/${c.slug}` }));

  return (
    <article data-testid="product-page" className="space-y-8">
      <div>
        <Breadcrumbs trail={[...crumbs, { name: product.name }]} />
        <div className="grid gap-6 md:grid-cols-2 md:gap-8">
          <Gallery key={product.slug} name={product.name} images={product.images} />

          <div className="min-w-0 space-y-4">
            <div>
              {product.brand && <p className="text-sm font-medium text-slate-500">{product.brand.name}</p>}
              <h1 data-testid="page-title" className="text-2xl font-bold break-words text-slate-900 sm:text-3xl">
                {product.name}
              </h1>
            </div>

            {variant && (
              <div data-testid="variant-summary" data-sku={variant.code} className="space-y-3" aria-live="polite">
                <Price price={variant.price} compareAtPrice={variant.compareAtPrice} large />
                <div className="flex flex-wrap items-center gap-3">
                  <StockBadge stock={variant.stock} />
                  <span data-testid="sku" className="text-sm text-slate-500">
                    {t('product.sku', { code: variant.code })}
                  </span>
                </div>
              </div>
            )}

            {variant && (
              <VariantPicker
                variants={product.variants}
                current={variant}
                onChoose={(next) =>
                  setSearchParams(
                    (params) => {
                      params.set('sku', next.code);
                      return params;
                    },
                    // Trying colours is one visit: back leaves the product instead of replaying each click.
                    { replace: true, preventScrollReset: true },
                  )
                }
              />
            )}

            {variant && <AddToCart key={variant.code} variant={variant} productName={product.name} />}
          </div>
        </div>
      </div>

      {(product.description || product.attributes.length > 0) && (
        <div className="grid gap-6 md:grid-cols-2">
          {product.description && (
            <section aria-labelledby="product-description" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <h2 id="product-description" className="mb-2 text-lg font-bold text-slate-900">
                {t('product.description')}
              </h2>
              <p data-testid="description" className="leading-relaxed break-words whitespace-pre-line text-slate-700">
                {product.description}
              </p>
            </section>
          )}
          {product.attributes.length > 0 && (
            <section aria-labelledby="product-specs" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <h2 id="product-specs" className="mb-2 text-lg font-bold text-slate-900">
                {t('product.specs')}
              </h2>
              <dl className="divide-y divide-slate-100 text-sm">
                {product.attributes.map((attribute) => (
                  <div key={attribute.key} className="flex justify-between gap-4 py-2">
                    <dt className="text-slate-500">{attribute.name}</dt>
                    <dd className="text-right font-medium text-slate-800">{attribute.label}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
        </div>
      )}

      {product.related.length > 0 && (
        <section aria-labelledby="product-related" data-testid="related">
          <h2 id="product-related" className="mb-3 text-xl font-bold text-slate-900">
            {t('product.related')}
          </h2>
          <ProductGrid products={product.related} />
        </section>
      )}
    </article>
  );
}
