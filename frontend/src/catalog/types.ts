// The catalog API's answers (functions/registry/.../openapi.yaml). Money is integer tiyin; names follow Accept-Language.

/** A brand or category as a link. */
export interface Ref {
  slug: string;
  name: string;
}

export interface CategoryNode {
  slug: string;
  name: string;
  /** Products a listing of this category shows, itself and every category below it. */
  productCount: number;
  children: CategoryNode[];
}

export interface ProductCard {
  slug: string;
  name: string;
  brand?: Ref;
  category: Ref;
  /** The cheapest variant's price, tiyin. */
  price: number;
  compareAtPrice?: number;
  inStock: boolean;
  /** Object key of the first image, served at /images/<key>. */
  image?: string;
}

export interface BrandFacet extends Ref {
  count: number;
}

export interface AttributeFacet {
  key: string;
  name: string;
  values: { value: string; label: string; count: number }[];
}

export interface Facets {
  brands: BrandFacet[];
  attributes: AttributeFacet[];
  /** Tiyin; absent when nothing matches. */
  price?: { min: number; max: number };
}

export interface ProductList {
  items: ProductCard[];
  nextCursor: string | null;
  facets: Facets;
}

export interface AttributeValue {
  key: string;
  name: string;
  value: string | number | boolean;
  label: string;
}

export type StockState = 'in_stock' | 'low' | 'out_of_stock';

export interface Variant {
  code: string;
  options: AttributeValue[];
  price: number;
  compareAtPrice?: number;
  stock: StockState;
}

export interface ProductDetails {
  slug: string;
  name: string;
  description: string;
  brand?: Ref;
  category: Ref;
  /** Root → the product's category. */
  breadcrumbs: Ref[];
  images: string[];
  attributes: AttributeValue[];
  variants: Variant[];
  related: ProductCard[];
}

export interface Suggestion {
  kind: 'category' | 'brand' | 'product';
  slug: string;
  text: string;
}
