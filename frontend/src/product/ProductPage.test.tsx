import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProductDetails } from '../catalog/types';
import { cartIdStorageKey } from '../cart/guestCartId';
import type { CartLine } from '../cart/types';
import { bodyOf, problem } from '../test/accountFixtures';
import { cartBackend, greenPhone, guestCartId } from '../test/cartFixtures';
import { phone } from '../test/catalogFixtures';
import { fakeServer, renderApp, type Reply, type SeenRequest } from '../test/renderApp';

function shop(product: ProductDetails = phone) {
  return fakeServer((request: SeenRequest) => {
    if (request.path === `/products/${product.slug}`) return { status: 200, body: product };
    if (request.path.startsWith('/products/')) {
      return { status: 404, body: { type: '/api/docs#problem-not-found', title: 'Not found', status: 404 } };
    }
  });
}

const location = () => screen.getByTestId('location').textContent;
const summary = () => screen.getByTestId('variant-summary');
const price = () => within(summary()).getByTestId('price').textContent;
const stock = () => within(summary()).getByTestId('stock').textContent;
const option = (group: string, label: string) =>
  within(screen.getByTestId(`option-${group}`)).getByRole<HTMLInputElement>('radio', { name: new RegExp(`^${label}`) });

describe('product page', () => {
  it('shows the product: breadcrumbs, photos, the first variant that can be bought, description and similar products', async () => {
    const server = shop();
    renderApp('/p/samsung-galaxy-a55', server.adapter);

    expect((await screen.findByTestId('page-title')).textContent).toBe('Smartfon Samsung Galaxy A55');
    const crumbs = within(screen.getByTestId('breadcrumbs'));
    expect(crumbs.getByRole('link', { name: 'Elektronika' }).getAttribute('href')).toBe('/c/electronics');
    expect(crumbs.getByRole('link', { name: 'Smartfonlar' }).getAttribute('href')).toBe('/c/smartphones');
    expect(crumbs.getByText('Smartfon Samsung Galaxy A55').getAttribute('aria-current')).toBe('page');

    expect(price()).toBe('4\u00a0999\u00a0000\u00a0so‘m');
    expect(within(summary()).getByTestId('compare-at-price').textContent).toBe('Eski narx: 5\u00a0499\u00a0000\u00a0so‘m');
    expect(within(summary()).getByTestId('discount').textContent).toBe('−9%Chegirma 9%');
    expect(stock()).toBe('Sotuvda bor');
    expect(screen.getByTestId('sku').textContent).toBe('Artikul: A55-BLK-128');
    expect(option('color', 'qora')).toHaveProperty('checked', true);
    expect(option('storage_gb', '128 GB')).toHaveProperty('checked', true);

    expect(screen.getByRole('img', { name: 'Smartfon Samsung Galaxy A55, 1-rasm' }).getAttribute('src')).toBe(
      '/images/products/samsung-galaxy-a55/1.jpg',
    );
    expect(screen.getByTestId('description').textContent).toBe('Super AMOLED ekran, 5000 mAh batareya.');
    expect(screen.getByText('Operativ xotira').nextElementSibling?.textContent).toBe('8 GB');
    expect(within(screen.getByTestId('related')).getByRole('link', { name: 'Smartfon Xiaomi Redmi Note 13' })).toBeTruthy();
    expect(document.title).toBe('Smartfon Samsung Galaxy A55 — UltraMarket');
    expect(server.requests[0]?.config.headers.get('Accept-Language')).toBe('uz');
  });

  it('switches variant: price, stock and the address follow', async () => {
    renderApp('/p/samsung-galaxy-a55', shop().adapter);
    await screen.findByTestId('variant-summary');

    await userEvent.click(option('storage_gb', '256 GB'));
    expect(location()).toBe('/p/samsung-galaxy-a55?sku=A55-BLK-256');
    expect(price()).toBe('5\u00a0599\u00a0000\u00a0so‘m');
    expect(stock()).toBe('Sotuvda yo‘q');
    expect(within(summary()).queryByTestId('compare-at-price')).toBeNull();

    await userEvent.click(option('color', 'yashil'));
    expect(location()).toBe('/p/samsung-galaxy-a55?sku=A55-GRN-256');
    expect(price()).toBe('5\u00a0799\u00a0000,50\u00a0so‘m'); // tiyin shown when there are some
    expect(stock()).toBe('Sotuvda bor');

    // White is sold only with 128 GB: choosing it moves the memory too.
    await userEvent.click(option('color', 'oq'));
    expect(location()).toBe('/p/samsung-galaxy-a55?sku=A55-WHT-128');
    expect(option('storage_gb', '128 GB')).toHaveProperty('checked', true);
    expect(stock()).toBe('Oz qoldi');
  });

  it('opens the variant the address names and marks what the other choices are not sold with', async () => {
    renderApp('/p/samsung-galaxy-a55?sku=A55-WHT-128', shop().adapter);
    await screen.findByTestId('variant-summary');

    expect(option('color', 'oq')).toHaveProperty('checked', true);
    expect(stock()).toBe('Oz qoldi');
    const values = screen.getAllByTestId('option-value');
    const stateOf = (value: string) => values.find((v) => v.dataset.value === value)?.dataset.state;
    expect(stateOf('black')).toBe('available');
    expect(stateOf('green')).toBe('unavailable');
    expect(stateOf('256')).toBe('unavailable');
    expect(option('storage_gb', '256 GB').labels?.[0]?.textContent).toBe(
      '256 GB (tanlangan boshqa parametrlar bilan sotilmaydi)',
    );
  });

  it('can be worked with the keyboard: arrows move through a group’s values', async () => {
    renderApp('/p/samsung-galaxy-a55', shop().adapter);
    await screen.findByTestId('variant-summary');
    option('color', 'qora').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(location()).toBe('/p/samsung-galaxy-a55?sku=A55-WHT-128');
  });

  it('shows a placeholder when a photo cannot be loaded, and the thumbnails change the main photo', async () => {
    renderApp('/p/samsung-galaxy-a55', shop().adapter);
    const gallery = await screen.findByTestId('gallery');

    await userEvent.click(within(gallery).getByRole('button', { name: '3 ta rasmdan 2-sini ko‘rsatish' }));
    const main = within(gallery).getByRole('img', { name: 'Smartfon Samsung Galaxy A55, 2-rasm' });
    expect(main.getAttribute('src')).toBe('/images/products/samsung-galaxy-a55/2.jpg');
    expect(within(gallery).getAllByTestId('gallery-thumb')[1]?.getAttribute('aria-current')).toBe('true');

    fireEvent.error(main);
    const placeholder = within(gallery).getByRole('img', { name: 'Smartfon Samsung Galaxy A55, 2-rasm' });
    expect(placeholder.tagName).toBe('DIV');
    expect(placeholder.dataset.testid).toBe('image-placeholder');
  });

  it('shows a product without options and without photos', async () => {
    const tea: ProductDetails = {
      ...phone,
      slug: 'ahmad-tea',
      name: 'Ahmad Tea Earl Grey',
      images: [],
      variants: [{ code: 'TEA-1', options: [], price: 3500000, stock: 'low' }],
      related: [],
    };
    renderApp('/p/ahmad-tea', shop(tea).adapter);
    await screen.findByTestId('variant-summary');
    expect(price()).toBe('35\u00a0000\u00a0so‘m');
    expect(stock()).toBe('Oz qoldi');
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByRole('img', { name: 'Ahmad Tea Earl Grey' }).dataset.testid).toBe('image-placeholder');
    expect(screen.queryByTestId('related')).toBeNull();
  });

  it('shows the “not found” page for a product the shop does not sell', async () => {
    renderApp('/p/no-such-thing', shop().adapter);
    expect(await screen.findByTestId('not-found-page')).toBeTruthy();
  });

  it('reads the product again in the language the shopper switches to', async () => {
    const server = shop();
    renderApp('/p/samsung-galaxy-a55', server.adapter);
    await screen.findByTestId('variant-summary');
    await userEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(server.requests.map((r) => r.config.headers.get('Accept-Language'))).toEqual(['uz', 'en']));
    expect(price()).toBe('4\u00a0999\u00a0000\u00a0UZS');
    expect(stock()).toBe('In stock');
  });
});

/** The product and the cart API, for a guest (whose stored cart holds `guest`); `route` answers first. */
function shopWithCart({ guest, route = () => undefined }: { guest?: CartLine[]; route?: (request: SeenRequest) => Reply | undefined } = {}) {
  const backend = cartBackend();
  if (guest) {
    backend.guests.set(guestCartId, guest);
    localStorage.setItem(cartIdStorageKey, guestCartId);
  }
  return fakeServer((request) => {
    if (request.path === '/auth/refresh') return problem(401);
    if (request.path === `/products/${phone.slug}`) return { status: 200, body: phone };
    return route(request) ?? backend.route(request);
  });
}

const addButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Savatga qo‘shish' });
const oneMore = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Bittaga ko‘paytirish: Smartfon Samsung Galaxy A55' });

describe('adding to the cart from the product page', () => {
  it('adds the chosen variant in the chosen quantity; the header counts it and the page leads to the cart', async () => {
    const user = userEvent.setup();
    const server = shopWithCart();
    renderApp('/p/samsung-galaxy-a55', server.adapter, { startSession: true });
    await screen.findByTestId('variant-summary');

    await user.click(option('color', 'yashil'));
    await user.click(oneMore());
    await user.click(addButton());

    expect((await screen.findByTestId('added-to-cart')).textContent).toBe('Savatga qo‘shildi ✓');
    const added = server.requests.filter((r) => r.path === '/cart/items');
    expect(added.map(bodyOf)).toEqual([{ sku: 'A55-GRN-256', quantity: 2 }]);
    expect(added[0]?.config.headers.has('X-Cart-Id')).toBe(false); // the guest had no cart yet
    expect(localStorage.getItem(cartIdStorageKey)).toMatch(/^NewGuestCart1/);
    await waitFor(() => expect(screen.getByTestId('cart-count').dataset.count).toBe('2'));
    expect(screen.getByTestId('in-cart').textContent).toBe('Savatingizda: 2 dona');
    expect(within(screen.getByTestId('add-to-cart')).getByRole('link', { name: 'Savatga o‘tish' }).getAttribute('href')).toBe('/cart');
    // 3 can be sold and the cart holds 2: one more at most.
    expect(screen.getByLabelText<HTMLInputElement>('Soni').value).toBe('1');
    expect(oneMore().disabled).toBe(true);

    // Another variant starts afresh.
    await user.click(option('color', 'qora'));
    expect(screen.queryByTestId('added-to-cart')).toBeNull();
    expect(screen.queryByTestId('in-cart')).toBeNull();
  });

  it('shows the API’s refusal by the button', async () => {
    const user = userEvent.setup();
    const server = shopWithCart({
      route: (request) =>
        request.path === '/cart/items'
          ? { status: 409, body: { status: 409, title: 'Conflict', detail: 'Faqat 1 dona sotib olish mumkin.' } }
          : undefined,
    });
    renderApp('/p/samsung-galaxy-a55', server.adapter, { startSession: true });
    await screen.findByTestId('variant-summary');

    await user.click(oneMore());
    await user.click(addButton());

    const error = await screen.findByTestId('add-to-cart-error');
    expect(error.textContent).toBe('Faqat 1 dona sotib olish mumkin.');
    expect(error.getAttribute('role')).toBe('alert');
    expect(addButton().getAttribute('aria-describedby')).toBe(error.id);
    expect(server.requests.filter((r) => r.path === '/cart/items').map(bodyOf)).toEqual([{ sku: 'A55-BLK-128', quantity: 2 }]);
  });

  it('cannot add a variant that is out of stock', async () => {
    renderApp('/p/samsung-galaxy-a55?sku=A55-BLK-256', shopWithCart().adapter, { startSession: true });
    await screen.findByTestId('variant-summary');
    expect(addButton().disabled).toBe(true);
    expect(screen.getByLabelText('Soni')).toHaveProperty('disabled', true);
  });

  it('says when the cart already holds as many as can be bought', async () => {
    renderApp('/p/samsung-galaxy-a55?sku=A55-GRN-256', shopWithCart({ guest: [{ ...greenPhone, quantity: 3 }] }).adapter, {
      startSession: true,
    });
    expect((await screen.findByTestId('in-cart')).textContent).toBe('Savatingizda: 3 dona');
    expect(addButton().disabled).toBe(true);
    expect(screen.getByText('Savatingizda hozir sotib olish mumkin bo‘lgan miqdorning barchasi bor.')).toBeTruthy();
  });
});
