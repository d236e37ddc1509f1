import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProductList } from '../catalog/types';
import { card, categories, productList } from '../test/catalogFixtures';
import { fakeServer, renderApp, type Reply, type SeenRequest } from '../test/renderApp';

const page1 = productList(
  [
    card('samsung-galaxy-a55', 'Smartfon Samsung Galaxy A55', 499900000, { compareAtPrice: 549900000 }),
    card('xiaomi-redmi-note-13', 'Smartfon Xiaomi Redmi Note 13', 329900000, {
      brand: { slug: 'xiaomi', name: 'Xiaomi' },
      inStock: false,
    }),
  ],
  'cursor-2',
);
const page2 = productList([card('apple-iphone-15', 'Smartfon Apple iPhone 15', 1249900000)], null);

/** A catalog whose listing answers from `products` (by the request), with the fixture category tree. */
function shop(products: (request: SeenRequest) => Reply = (r) => ({ status: 200, body: r.params.get('cursor') ? page2 : page1 })) {
  return fakeServer((request) => {
    if (request.path === '/categories') return { status: 200, body: { categories } };
    if (request.path === '/products') return products(request);
  });
}

const listingRequests = (requests: SeenRequest[]) =>
  requests.filter((r) => r.path === '/products').map((r) => r.params.toString());
const location = () => screen.getByTestId('location').textContent;
const cards = () => screen.getAllByTestId('product-card').map((c) => c.dataset.slug);

describe('category listing', () => {
  it('shows the category with breadcrumbs, its subcategories and products with prices', async () => {
    const server = shop();
    renderApp('/c/electronics', server.adapter);

    expect((await screen.findByTestId('page-title')).textContent).toBe('Elektronika');
    const crumbs = within(screen.getByRole('navigation', { name: 'Navigatsiya zanjiri' }));
    expect(crumbs.getByRole('link', { name: 'Bosh sahifa' }).getAttribute('href')).toBe('/');
    expect(crumbs.getByText('Elektronika').getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Smartfonlar 177' }).getAttribute('href')).toBe('/c/smartphones');

    await waitFor(() => expect(cards()).toEqual(['samsung-galaxy-a55', 'xiaomi-redmi-note-13']));
    const first = within(screen.getAllByTestId('product-card')[0]!);
    expect(first.getByRole('link', { name: 'Smartfon Samsung Galaxy A55' }).getAttribute('href')).toBe('/p/samsung-galaxy-a55');
    expect(first.getByTestId('price').textContent).toBe('4\u00a0999\u00a0000\u00a0so‘m');
    expect(first.getByTestId('compare-at-price').textContent).toContain('5\u00a0499\u00a0000\u00a0so‘m');
    expect(within(screen.getAllByTestId('product-card')[1]!).getByText('Sotuvda yo‘q')).toBeTruthy();

    expect(listingRequests(server.requests)).toEqual(['category=electronics&limit=24']);
    expect(document.title).toBe('Elektronika — UltraMarket');
  });

  it('puts a chosen filter in the address and asks the API for it; unticking takes it out again', async () => {
    const server = shop();
    renderApp('/c/smartphones', server.adapter);
    const facets = await screen.findByTestId('facet-brand');

    await userEvent.click(within(facets).getByRole('checkbox', { name: 'Samsung 25' }));
    expect(location()).toBe('/c/smartphones?brand=samsung');
    await waitFor(() => expect(listingRequests(server.requests).at(-1)).toBe('category=smartphones&brand=samsung&limit=24'));
    expect(within(screen.getByTestId('active-filters')).getByRole('button', { name: 'Filtrni olib tashlash: Samsung' })).toBeTruthy();

    await userEvent.click(within(screen.getByTestId('facet-attr-color')).getByRole('checkbox', { name: 'qora 55' }));
    expect(location()).toBe('/c/smartphones?brand=samsung&attr.color=black');

    await userEvent.click(screen.getByTestId('filter-in-stock'));
    expect(location()).toBe('/c/smartphones?brand=samsung&inStock=true&attr.color=black');

    await userEvent.click(screen.getByRole('button', { name: 'Filtrni olib tashlash: Samsung' }));
    expect(location()).toBe('/c/smartphones?inStock=true&attr.color=black');
    await userEvent.click(screen.getByRole('button', { name: 'Filtrlarni tozalash' }));
    expect(location()).toBe('/c/smartphones');
  });

  it('opens an address with filters, sort and a price range exactly as it was shared', async () => {
    const server = shop();
    renderApp('/c/smartphones?brand=samsung&minPrice=1000000&maxPrice=5000000&attr.color=blue&sort=price_asc', server.adapter);

    // The chosen brand shows at once; its name and count come with the answer.
    const brand = await within(screen.getByTestId('facet-brand')).findByRole('checkbox', { name: 'Samsung 25' });
    expect(brand).toHaveProperty('checked', true);
    expect(within(screen.getByTestId('facet-brand')).getByRole('checkbox', { name: 'Xiaomi 23' })).toHaveProperty('checked', false);
    expect(within(screen.getByTestId('facet-attr-color')).getByRole('checkbox', { name: 'ko‘k 35' })).toHaveProperty('checked', true);
    expect(screen.getByRole('textbox', { name: 'Dan' })).toHaveProperty('value', '1000000');
    expect(screen.getByRole('textbox', { name: 'Gacha' })).toHaveProperty('value', '5000000');
    expect(screen.getByTestId('sort')).toHaveProperty('value', 'price_asc');
    const chips = within(screen.getByTestId('active-filters'));
    // Testing Library reads the no-break spaces of a price as plain spaces.
    expect(chips.getByText('1 000 000 so‘mdan')).toBeTruthy();
    expect(chips.getByText('5 000 000 so‘mgacha')).toBeTruthy();
    expect(chips.getByText('Rang: ko‘k')).toBeTruthy();

    // Prices go to the API in tiyin.
    expect(listingRequests(server.requests)).toEqual([
      'category=smartphones&brand=samsung&minPrice=100000000&maxPrice=500000000&attr.color=blue&sort=price_asc&limit=24',
    ]);
  });

  it('takes a typed price range in so‘m, ignoring spaces', async () => {
    renderApp('/c/smartphones', shop().adapter);
    const from = await screen.findByRole('textbox', { name: 'Dan' });
    // The facets' price range, rounded outwards to whole so'm, once the answer is in.
    await waitFor(() => expect(from.getAttribute('placeholder')).toBe('1\u00a0199\u00a0000'));
    expect(screen.getByRole('textbox', { name: 'Gacha' }).getAttribute('placeholder')).toBe('17\u00a0499\u00a0001');

    await userEvent.type(from, '1 500 000');
    await userEvent.type(screen.getByRole('textbox', { name: 'Gacha' }), '3000000{Enter}');
    expect(location()).toBe('/c/smartphones?minPrice=1500000&maxPrice=3000000');
  });

  it('changes the sort from the first page, and leaves the default out of the address', async () => {
    renderApp('/c/smartphones?cursor=cursor-2', shop().adapter);
    const sort = await screen.findByRole('combobox', { name: 'Saralash' });
    expect(within(sort).queryByRole('option', { name: 'Mosligi bo‘yicha' })).toBeNull(); // relevance needs a search

    await userEvent.selectOptions(sort, 'Avval arzonlari');
    expect(location()).toBe('/c/smartphones?sort=price_asc');
    await userEvent.selectOptions(sort, 'Avval ommaboplari');
    expect(location()).toBe('/c/smartphones');
  });

  it('pages forward with the cursor and back again', async () => {
    const server = shop();
    renderApp('/c/smartphones?brand=samsung', server.adapter);
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(screen.getByTestId('page-number').textContent).toBe('1-sahifa');
    expect(screen.queryByRole('link', { name: 'Oldingi sahifa' })).toBeNull();

    await userEvent.click(screen.getByRole('link', { name: 'Keyingi sahifa' }));
    expect(location()).toBe('/c/smartphones?brand=samsung&cursor=cursor-2');
    await waitFor(() => expect(cards()).toEqual(['apple-iphone-15']));
    expect(listingRequests(server.requests).at(-1)).toBe('category=smartphones&brand=samsung&cursor=cursor-2&limit=24');
    expect(screen.getByTestId('page-number').textContent).toBe('2-sahifa');
    expect(screen.queryByRole('link', { name: 'Keyingi sahifa' })).toBeNull(); // the last page

    await userEvent.click(screen.getByRole('link', { name: 'Oldingi sahifa' }));
    expect(location()).toBe('/c/smartphones?brand=samsung');
    await waitFor(() => expect(cards()).toHaveLength(2));
  });

  it('keeps the previous products on show, marked busy, until the answer for the new address arrives', async () => {
    let answer: (reply: Reply) => void = () => {};
    const server = fakeServer((request) => {
      if (request.path === '/categories') return { status: 200, body: { categories } };
      if (request.path !== '/products') return undefined;
      if (!request.params.has('brand')) return { status: 200, body: page1 };
      return new Promise<Reply>((resolve) => (answer = resolve));
    });
    renderApp('/c/smartphones', server.adapter);
    await waitFor(() => expect(cards()).toHaveLength(2));
    const listing = screen.getByTestId('listing-page');
    expect(listing.getAttribute('aria-busy')).toBe('false');

    await userEvent.click(within(screen.getByTestId('facet-brand')).getByRole('checkbox', { name: 'Xiaomi 23' }));
    expect(listing.getAttribute('aria-busy')).toBe('true');
    expect(cards()).toHaveLength(2);

    answer({ status: 200, body: page2 });
    await waitFor(() => expect(cards()).toEqual(['apple-iphone-15']));
    expect(listing.getAttribute('aria-busy')).toBe('false');
  });

  it('offers the first page on a shared link to a later page', async () => {
    renderApp('/c/smartphones?cursor=cursor-2', shop().adapter);
    await waitFor(() => expect(cards()).toEqual(['apple-iphone-15']));
    expect(screen.queryByTestId('page-number')).toBeNull(); // which page it is, only the trail knows
    await userEvent.click(screen.getByRole('link', { name: 'Birinchi sahifa' }));
    expect(location()).toBe('/c/smartphones');
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    const empty: ProductList = { items: [], nextCursor: null, facets: { brands: [], attributes: [] } };
    renderApp('/c/smartphones?inStock=true', shop(() => ({ status: 200, body: empty })).adapter);

    const message = await screen.findByTestId('listing-empty');
    expect(message.textContent).toContain('Mahsulotlar topilmadi');
    await userEvent.click(within(message).getByRole('button', { name: 'Filtrlarni tozalash' }));
    expect(location()).toBe('/c/smartphones');
  });

  it('shows the “not found” page for a category the shop does not have', async () => {
    renderApp(
      '/c/flying-cars',
      shop(() => ({ status: 404, body: { status: 404, detail: "There is no category 'flying-cars'." } })).adapter,
    );
    expect(await screen.findByTestId('not-found-page')).toBeTruthy();
    expect(screen.getByTestId('page-title').textContent).toBe('Sahifa topilmadi');
  });

  it('names the parameters the API refused, and links to the listing without them', async () => {
    const refused = {
      status: 400,
      body: {
        type: '/api/docs#problem-validation',
        title: 'Invalid request',
        status: 400,
        errors: [
          { field: 'minPrice', reason: "must be a whole number, but is 'abc'" },
          { field: 'sort', reason: "must be one of relevance, popularity, price_asc, price_desc, newest, but is 'cheap'" },
        ],
      },
    };
    renderApp('/c/smartphones?minPrice=abc&sort=cheap&brand=apple', shop(() => refused).adapter);

    const alert = await screen.findByTestId('listing-invalid');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Manzildagi ba’zi filtrlar noto‘g‘ri:');
    expect(alert.textContent).toContain("Narx (dan): must be a whole number, but is 'abc'");
    expect(alert.textContent).toContain('Saralash: must be one of');
    await userEvent.click(within(alert).getByRole('link', { name: 'Barcha mahsulotlarni ko‘rsatish' }));
    expect(location()).toBe('/c/smartphones');
  });

  it('offers a retry when the server cannot be reached', async () => {
    let reachable = false;
    renderApp('/c/smartphones', shop(() => (reachable ? { status: 200, body: page1 } : 'network-error')).adapter);

    const error = await screen.findByTestId('load-error');
    expect(error.textContent).toContain('Server bilan bog‘lanib bo‘lmadi.');
    reachable = true;
    await userEvent.click(within(error).getByRole('button', { name: 'Qayta urinish' }));
    await waitFor(() => expect(cards()).toHaveLength(2));
  });

  it('asks again in the new language when the shopper switches', async () => {
    const server = shop();
    renderApp('/c/smartphones', server.adapter);
    await waitFor(() => expect(cards()).toHaveLength(2));
    await userEvent.click(screen.getByTestId('lang-ru'));

    await waitFor(() => {
      const languages = server.requests.filter((r) => r.path === '/products').map((r) => r.config.headers.get('Accept-Language'));
      expect(languages).toEqual(['uz', 'ru']);
    });
    expect(screen.getByRole('combobox', { name: 'Сортировка' })).toBeTruthy();
  });
});

describe('search results', () => {
  it('searches the whole shop for the text in the address, best match first', async () => {
    const server = shop();
    renderApp('/search?q=telefon', server.adapter);

    expect(screen.getByTestId('page-title').textContent).toBe('“telefon” bo‘yicha qidiruv natijalari');
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(listingRequests(server.requests)).toEqual(['q=telefon&limit=24']);
    expect(screen.getByRole('combobox', { name: 'Saralash' })).toHaveProperty('value', 'relevance');
    expect(within(screen.getByTestId('breadcrumbs')).getByText('Qidiruv')).toBeTruthy();
  });

  it('keeps the search text when filtering', async () => {
    renderApp('/search?q=telefon', shop().adapter);
    await userEvent.click(within(await screen.findByTestId('facet-brand')).getByRole('checkbox', { name: 'Xiaomi 23' }));
    expect(location()).toBe('/search?q=telefon&brand=xiaomi');
  });

  it('asks for something to search for instead of listing the whole shop', async () => {
    const server = shop();
    renderApp('/search', server.adapter);
    expect((await screen.findByTestId('search-prompt')).textContent).toBe(
      'Qidirayotgan narsangizni yuqoridagi qidiruv maydoniga yozing.',
    );
    expect(listingRequests(server.requests)).toEqual([]);
  });

  it('suggests checking the spelling when nothing is found', async () => {
    const empty: ProductList = { items: [], nextCursor: null, facets: { brands: [], attributes: [] } };
    renderApp('/search?q=qwerty', shop(() => ({ status: 200, body: empty })).adapter);
    expect((await screen.findByTestId('listing-empty')).textContent).toContain('Imloni tekshiring');
  });
});
