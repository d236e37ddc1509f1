import { describe, expect, it } from 'vitest';
import {
  apiParams,
  effectiveSort,
  emptyListing,
  filterCount,
  listingSearch,
  parseListing,
  priceInput,
  somToTiyin,
  withAttribute,
  withBrand,
  withInStock,
  withPrice,
  withSort,
  withoutFilters,
  type Listing,
} from './listingParams';

const parse = (search: string) => parseListing(new URLSearchParams(search));

const full: Listing = {
  q: 'telefon',
  brands: ['samsung', 'xiaomi'],
  minPrice: '1000000',
  maxPrice: '5000000',
  inStock: true,
  attributes: { color: ['black', 'blue'], storage_gb: ['256'] },
  sort: 'price_asc',
  cursor: 'cG9wdWxhcml0eTo5ODc6MTIz',
};

describe('listing ↔ address', () => {
  it('reads every part of the address', () => {
    expect(
      parse(
        'q=telefon&brand=samsung&brand=xiaomi&minPrice=1000000&maxPrice=5000000&inStock=true' +
          '&attr.color=black&attr.color=blue&attr.storage_gb=256&sort=price_asc&cursor=cG9wdWxhcml0eTo5ODc6MTIz',
      ),
    ).toEqual(full);
  });

  it('writes a listing back to the same listing', () => {
    expect(parseListing(listingSearch(full))).toEqual(full);
    expect(parseListing(listingSearch(emptyListing))).toEqual(emptyListing);
    const odd: Listing = { ...emptyListing, q: 'a&b=c #1 ў', attributes: { 'screen_in': ['6.1'] }, minPrice: 'abc' };
    expect(parseListing(listingSearch(odd))).toEqual(odd);
  });

  it('writes one address per view: defaults left out, parameters in a fixed order', () => {
    expect(listingSearch(emptyListing).toString()).toBe('');
    const shuffled = parse('sort=price_asc&attr.storage_gb=256&inStock=true&attr.color=black&brand=xiaomi&q=telefon');
    expect(listingSearch(shuffled).toString()).toBe(
      'q=telefon&brand=xiaomi&inStock=true&attr.color=black&attr.storage_gb=256&sort=price_asc',
    );
  });

  it('ignores what is not a listing parameter, empty values and repeats', () => {
    expect(parse('utm_source=telegram&brand=&brand=apple&brand=apple&attr.=x&attr.color=&inStock=yes')).toEqual({
      ...emptyListing,
      brands: ['apple'],
    });
  });
});

describe('listing → API', () => {
  it('names the category, turns so‘m into tiyin and asks for a page size', () => {
    expect(apiParams(full, 'smartphones', 24).toString()).toBe(
      'category=smartphones&q=telefon&brand=samsung&brand=xiaomi&minPrice=100000000&maxPrice=500000000&inStock=true' +
        '&attr.color=black&attr.color=blue&attr.storage_gb=256&sort=price_asc&cursor=cG9wdWxhcml0eTo5ODc6MTIz&limit=24',
    );
  });

  it('searches for trimmed text and leaves out blank text', () => {
    expect(apiParams({ ...emptyListing, q: '  muzlatgich ' }, undefined, 24).get('q')).toBe('muzlatgich');
    expect(apiParams({ ...emptyListing, q: '   ' }, undefined, 24).has('q')).toBe(false);
  });

  it('passes a price that is not a number on as it is, for the API to name', () => {
    expect(apiParams({ ...emptyListing, minPrice: '-5', maxPrice: '1e6' }, undefined, 24).toString()).toBe(
      'minPrice=-5&maxPrice=1e6&limit=24',
    );
  });

  it.each([
    ['0', '0'],
    ['000', '0'],
    ['1', '100'],
    ['0015', '1500'],
    ['12499000', '1249900000'],
    ['99999999999999999999', '9999999999999999999900'], // beyond a double: digits, not arithmetic
    ['12.5', '12.5'],
  ])('so‘m %s → tiyin %s', (som, tiyin) => {
    expect(somToTiyin(som)).toBe(tiyin);
  });

  it.each([
    ['1 500 000', '1500000'],
    ['1\u00a0500\u00a0000 so‘m', '1500000'],
    ['007', '7'],
    ['0', '0'],
    ['', ''],
    ['abc', ''],
  ])('a typed price "%s" is kept as "%s"', (typed, kept) => {
    expect(priceInput(typed)).toBe(kept);
  });
});

describe('changing what is shown', () => {
  const onPage2 = { ...full, cursor: 'abc' };

  it('starts from the first page after every change', () => {
    for (const next of [
      withBrand(onPage2, 'apple', true),
      withAttribute(onPage2, 'color', 'black', false),
      withPrice(onPage2, '1', '2'),
      withInStock(onPage2, false),
      withSort(onPage2, 'newest'),
      withoutFilters(onPage2),
    ]) {
      expect(next.cursor).toBe('');
    }
  });

  it('adds and removes brands and attribute values', () => {
    expect(withBrand(full, 'apple', true).brands).toEqual(['samsung', 'xiaomi', 'apple']);
    expect(withBrand(full, 'samsung', false).brands).toEqual(['xiaomi']);
    expect(withBrand(full, 'samsung', true).brands).toEqual(['xiaomi', 'samsung']);
    expect(withAttribute(full, 'color', 'black', false).attributes).toEqual({ color: ['blue'], storage_gb: ['256'] });
    expect(withAttribute(full, 'storage_gb', '256', false).attributes).toEqual({ color: ['black', 'blue'] });
    expect(withAttribute(emptyListing, 'nfc', 'true', true).attributes).toEqual({ nfc: ['true'] });
  });

  it('clears filters but keeps the search text and the sort', () => {
    expect(withoutFilters(full)).toEqual({ ...emptyListing, q: 'telefon', sort: 'price_asc' });
  });

  it('counts chosen filters', () => {
    expect(filterCount(full)).toBe(8);
    expect(filterCount(emptyListing)).toBe(0);
  });

  it('knows the sort the API applies by default', () => {
    expect(effectiveSort(emptyListing)).toBe('popularity');
    expect(effectiveSort({ ...emptyListing, q: 'tv' })).toBe('relevance');
    expect(effectiveSort({ ...emptyListing, q: 'tv', sort: 'newest' })).toBe('newest');
  });
});
