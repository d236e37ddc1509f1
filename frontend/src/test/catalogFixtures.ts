import type { CategoryNode, Facets, ProductCard, ProductDetails, ProductList, Variant } from '../catalog/types';

// Small stand-ins for the catalog API's answers, shaped as openapi.yaml describes them.

export const categories: CategoryNode[] = [
  {
    slug: 'electronics',
    name: 'Elektronika',
    productCount: 2000,
    children: [
      { slug: 'smartphones', name: 'Smartfonlar', productCount: 177, children: [] },
      { slug: 'laptops', name: 'Noutbuklar', productCount: 1, children: [] },
    ],
  },
  { slug: 'kids', name: 'Bolalar uchun', productCount: 123, children: [] },
];

export function card(slug: string, name: string, price: number, extra: Partial<ProductCard> = {}): ProductCard {
  return {
    slug,
    name,
    brand: { slug: 'samsung', name: 'Samsung' },
    category: { slug: 'smartphones', name: 'Smartfonlar' },
    price,
    inStock: true,
    image: `products/${slug}/1.jpg`,
    ...extra,
  };
}

export const phoneFacets: Facets = {
  brands: [
    { slug: 'samsung', name: 'Samsung', count: 25 },
    { slug: 'xiaomi', name: 'Xiaomi', count: 23 },
  ],
  attributes: [
    {
      key: 'color',
      name: 'Rang',
      values: [
        { value: 'black', label: 'qora', count: 55 },
        { value: 'blue', label: 'ko‘k', count: 35 },
      ],
    },
  ],
  price: { min: 119900000, max: 1749900050 },
};

export function productList(items: ProductCard[], nextCursor: string | null = null, facets = phoneFacets): ProductList {
  return { items, nextCursor, facets };
}

const option = (key: 'color' | 'storage_gb', value: string | number, label: string) => ({
  key,
  name: key === 'color' ? 'Rang' : 'Ichki xotira',
  value,
  label,
});

function variant(code: string, color: [string, string], storage: number, price: number, rest: Partial<Variant>): Variant {
  return {
    code,
    options: [option('color', ...color), option('storage_gb', storage, `${storage} GB`)],
    price,
    stock: 'in_stock',
    ...rest,
  };
}

/** A phone sold in three colours and two memory sizes, but not in every combination (no white 256 GB). */
export const phone: ProductDetails = {
  slug: 'samsung-galaxy-a55',
  name: 'Smartfon Samsung Galaxy A55',
  description: 'Super AMOLED ekran, 5000 mAh batareya.',
  brand: { slug: 'samsung', name: 'Samsung' },
  category: { slug: 'smartphones', name: 'Smartfonlar' },
  breadcrumbs: [
    { slug: 'electronics', name: 'Elektronika' },
    { slug: 'smartphones', name: 'Smartfonlar' },
  ],
  images: ['products/samsung-galaxy-a55/1.jpg', 'products/samsung-galaxy-a55/2.jpg', 'products/samsung-galaxy-a55/3.jpg'],
  attributes: [
    { key: 'ram_gb', name: 'Operativ xotira', value: 8, label: '8 GB' },
    { key: 'nfc', name: 'NFC', value: true, label: 'ha' },
  ],
  variants: [
    variant('A55-BLK-128', ['black', 'qora'], 128, 499900000, { compareAtPrice: 549900000, stock: 'in_stock' }),
    variant('A55-BLK-256', ['black', 'qora'], 256, 559900000, { stock: 'out_of_stock' }),
    variant('A55-WHT-128', ['white', 'oq'], 128, 499900000, { stock: 'low' }),
    variant('A55-GRN-256', ['green', 'yashil'], 256, 579900050, { stock: 'in_stock' }),
  ],
  related: [card('xiaomi-redmi-note-13', 'Smartfon Xiaomi Redmi Note 13', 329900000)],
};
