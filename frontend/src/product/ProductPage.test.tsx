import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProductDetails } from '../catalog/types';
import { phone } from '../test/catalogFixtures';
import { fakeServer, renderApp, type SeenRequest } from '../test/renderApp';

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
