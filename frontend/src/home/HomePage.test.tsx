import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { card, categories, productList } from '../test/catalogFixtures';
import { fakeServer, renderApp } from '../test/renderApp';

function shop() {
  return fakeServer((request) => {
    if (request.path === '/categories') return { status: 200, body: { categories } };
    if (request.path === '/products') {
      return { status: 200, body: productList([card('samsung-galaxy-a55', 'Smartfon Samsung Galaxy A55', 499900000)], 'next') };
    }
  });
}

describe('home page', () => {
  it('shows the top categories with their product counts, and popular products', async () => {
    const server = shop();
    renderApp('/', server.adapter);

    await waitFor(() => expect(screen.getAllByTestId('category-tile')).toHaveLength(2));
    const [electronics, kids] = screen.getAllByTestId('category-tile');
    expect(electronics?.getAttribute('href')).toBe('/c/electronics');
    expect(electronics?.textContent).toBe('Elektronika2\u00a0000 ta mahsulot');
    expect(kids?.textContent).toBe('Bolalar uchun123 ta mahsulot');

    const featured = within(screen.getByRole('region', { name: 'Ommabop mahsulotlar' }));
    expect(await featured.findByRole('link', { name: 'Smartfon Samsung Galaxy A55' })).toBeTruthy();
    expect(server.requests.find((r) => r.path === '/products')?.params.toString()).toBe('sort=popularity&limit=8');
  });

  it('counts products in Russian plural forms', async () => {
    renderApp('/', shop().adapter);
    await screen.findAllByTestId('category-tile');
    await userEvent.click(screen.getByTestId('lang-ru'));
    await waitFor(() => expect(screen.getAllByTestId('category-tile')[1]?.textContent).toBe('Bolalar uchun123 товара'));
    expect(screen.getAllByTestId('category-tile')[0]?.textContent).toContain('2\u00a0000 товаров');
  });

  it('shows an error with a retry when the catalog cannot be reached', async () => {
    renderApp('/');
    expect(await screen.findAllByTestId('load-error')).toHaveLength(2);
  });
});
