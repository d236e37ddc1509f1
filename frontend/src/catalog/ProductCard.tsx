import { Link } from 'react-router';
import { useI18n } from '../i18n/useI18n';
import { Price } from './Price';
import { ProductImage } from './ProductImage';
import type { ProductCard as Card } from './types';

/** A product in a grid; the name is the link, and the whole card is its click target. */
export function ProductCard({ product }: { product: Card }) {
  const { t } = useI18n();

  return (
    <article
      data-testid="product-card"
      data-slug={product.slug}
      className="relative flex w-full min-w-0 flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200 transition-shadow focus-within:ring-2 focus-within:ring-emerald-700 hover:shadow-md"
    >
      <ProductImage imageKey={product.image} alt="" />
      <div className="flex flex-1 flex-col gap-1 p-3">
        {product.brand && <p className="truncate text-xs text-slate-500">{product.brand.name}</p>}
        <h3 className="line-clamp-2 text-sm font-medium break-words text-slate-800">
          <Link to={`/p/${product.slug}`} className="after:absolute after:inset-0 focus:outline-none">
            {product.name}
          </Link>
        </h3>
        <div className="mt-auto pt-1">
          <Price price={product.price} compareAtPrice={product.compareAtPrice} />
          {!product.inStock && <p className="mt-1 text-xs font-medium text-red-700">{t('stock.out_of_stock')}</p>}
        </div>
      </div>
    </article>
  );
}

export function ProductGrid({ products }: { products: Card[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((product) => (
        <li key={product.slug} className="flex min-w-0">
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}
