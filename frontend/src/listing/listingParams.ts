// What a listing shows, kept in the page's address so reload, back and a shared link reproduce it.
//
// The address uses the API's parameter names, except that prices are whole so'm (what shoppers type and read);
// they become tiyin only on the way to the API. Values are passed on as they are: the API is the one judge of what
// is valid, and a wrong value in an edited address comes back as a 400 naming the parameter.

export const sorts = ['relevance', 'popularity', 'price_asc', 'price_desc', 'newest'] as const;
export type Sort = (typeof sorts)[number];

export interface Listing {
  /** Search text; '' when browsing. */
  q: string;
  brands: string[];
  /** Whole so'm as typed into the address; '' for no bound. */
  minPrice: string;
  maxPrice: string;
  inStock: boolean;
  /** Attribute key → chosen values (any of them), as `attr.<key>` in the address. */
  attributes: Record<string, string[]>;
  /** '' means the API's default: relevance with `q`, popularity without. */
  sort: string;
  /** '' is the first page. */
  cursor: string;
}

export const emptyListing: Listing = {
  q: '',
  brands: [],
  minPrice: '',
  maxPrice: '',
  inStock: false,
  attributes: {},
  sort: '',
  cursor: '',
};

const ATTR = 'attr.';

const unique = (values: string[]) => [...new Set(values.filter((value) => value !== ''))];

export function parseListing(search: URLSearchParams): Listing {
  const attributes: Record<string, string[]> = {};
  for (const [name, value] of search) {
    if (!name.startsWith(ATTR) || name.length === ATTR.length || value === '') continue;
    const key = name.slice(ATTR.length);
    const values = (attributes[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return {
    q: search.get('q') ?? '',
    brands: unique(search.getAll('brand')),
    minPrice: search.get('minPrice') ?? '',
    maxPrice: search.get('maxPrice') ?? '',
    inStock: search.get('inStock') === 'true',
    attributes,
    sort: search.get('sort') ?? '',
    cursor: search.get('cursor') ?? '',
  };
}

/** The address's query string for a listing: defaults left out, always in the same order. */
export function listingSearch(listing: Listing): URLSearchParams {
  const search = new URLSearchParams();
  appendFilters(search, listing, (price) => price);
  if (listing.sort) search.set('sort', listing.sort);
  if (listing.cursor) search.set('cursor', listing.cursor);
  return search;
}

/** The API's query string for a listing of `category` (or of the whole shop), prices in tiyin. */
export function apiParams(listing: Listing, category: string | undefined, limit: number): URLSearchParams {
  const params = new URLSearchParams();
  if (category) params.set('category', category);
  appendFilters(params, { ...listing, q: listing.q.trim() }, somToTiyin);
  if (listing.sort) params.set('sort', listing.sort);
  if (listing.cursor) params.set('cursor', listing.cursor);
  params.set('limit', String(limit));
  return params;
}

function appendFilters(params: URLSearchParams, listing: Listing, price: (som: string) => string): void {
  if (listing.q) params.set('q', listing.q);
  for (const brand of listing.brands) params.append('brand', brand);
  if (listing.minPrice) params.set('minPrice', price(listing.minPrice));
  if (listing.maxPrice) params.set('maxPrice', price(listing.maxPrice));
  if (listing.inStock) params.set('inStock', 'true');
  for (const key of Object.keys(listing.attributes).sort()) {
    for (const value of listing.attributes[key] ?? []) params.append(ATTR + key, value);
  }
}

/** "1500000" so'm → "150000000" tiyin, by appending digits (no arithmetic that could lose precision). */
export function somToTiyin(som: string): string {
  if (!/^\d+$/.test(som)) return som; // not a number: the API says so, naming the parameter
  const digits = som.replace(/^0+/, '');
  return digits === '' ? '0' : `${digits}00`;
}

/** What a shopper typed into a price box, as the address keeps it: digits only ("1 500 000" → "1500000"). */
export function priceInput(typed: string): string {
  return typed.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
}

// Every change of what is shown starts again from the first page: a cursor belongs to one set of filters and sort.

export function withBrand(listing: Listing, brand: string, chosen: boolean): Listing {
  const brands = listing.brands.filter((b) => b !== brand);
  return { ...listing, brands: chosen ? [...brands, brand] : brands, cursor: '' };
}

export function withAttribute(listing: Listing, key: string, value: string, chosen: boolean): Listing {
  const { [key]: current = [], ...others } = listing.attributes;
  const values = current.filter((v) => v !== value);
  if (chosen) values.push(value);
  return { ...listing, attributes: values.length ? { ...others, [key]: values } : others, cursor: '' };
}

export function withPrice(listing: Listing, minPrice: string, maxPrice: string): Listing {
  return { ...listing, minPrice, maxPrice, cursor: '' };
}

export function withInStock(listing: Listing, inStock: boolean): Listing {
  return { ...listing, inStock, cursor: '' };
}

export function withSort(listing: Listing, sort: string): Listing {
  return { ...listing, sort, cursor: '' };
}

/** No filters, first page; the search text and the sort stay. */
export function withoutFilters(listing: Listing): Listing {
  return { ...emptyListing, q: listing.q, sort: listing.sort };
}

/** How many filters are chosen (each brand, attribute value, price bound and "in stock" counts one). */
export function filterCount(listing: Listing): number {
  return (
    listing.brands.length +
    Object.values(listing.attributes).reduce((sum, values) => sum + values.length, 0) +
    (listing.minPrice ? 1 : 0) +
    (listing.maxPrice ? 1 : 0) +
    (listing.inStock ? 1 : 0)
  );
}

/** The sort the API applies when none is chosen. */
export function effectiveSort(listing: Listing): string {
  return listing.sort || (listing.q.trim() ? 'relevance' : 'popularity');
}
