import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../catalog/types';
import { card, phone, productList } from '../test/catalogFixtures';
import { fakeServer, type SeenRequest } from '../test/renderApp';
import { renderApp } from '../test/renderApp';

const suggestions: Suggestion[] = [
  { kind: 'brand', slug: 'samsung', text: 'Samsung' },
  { kind: 'category', slug: 'smartphones', text: 'Smartfonlar' },
  { kind: 'product', slug: 'samsung-galaxy-a55', text: 'Smartfon Samsung Galaxy A55' },
];

function shop(suggest: (q: string, request: SeenRequest) => Suggestion[] | Promise<Suggestion[]> = () => suggestions) {
  return fakeServer(async (request) => {
    switch (request.path) {
      case '/search/suggest':
        return { status: 200, body: { suggestions: await suggest(request.params.get('q') ?? '', request) } };
      case '/products':
        return { status: 200, body: productList([card('samsung-galaxy-a55', 'Smartfon Samsung Galaxy A55', 499900000)]) };
      case '/products/samsung-galaxy-a55':
        return { status: 200, body: phone };
      case '/categories':
        return { status: 200, body: { categories: [] } };
    }
  });
}

const suggestRequests = (requests: SeenRequest[]) => requests.filter((r) => r.path === '/search/suggest');
const location = () => screen.getByTestId('location').textContent;
// The listing's sort <select> is a combobox too.
const searchBox = () => screen.getByRole('combobox', { name: 'Mahsulotlarni qidirish' });

describe('search box', () => {
  it('asks once typing pauses, in the shop’s language, and lists the suggestions', async () => {
    const server = shop();
    renderApp('/', server.adapter);
    const box = searchBox();

    await userEvent.type(box, 'sams');
    const list = await screen.findByRole('listbox', { name: 'Takliflar' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['SamsungBrend', 'SmartfonlarKategoriya', 'Smartfon Samsung Galaxy A55']);
    expect(box.getAttribute('aria-expanded')).toBe('true');

    const asked = suggestRequests(server.requests);
    expect(asked.map((r) => r.params.get('q'))).toEqual(['sams']);
    expect(asked[0]?.config.headers.get('Accept-Language')).toBe('uz');
  });

  it('does not ask for a single letter', async () => {
    const server = shop();
    renderApp('/', server.adapter);
    await userEvent.type(searchBox(), 's');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(suggestRequests(server.requests)).toHaveLength(0);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('moves through the suggestions with up and down, and enter opens the highlighted one', async () => {
    renderApp('/', shop().adapter);
    const box = searchBox();
    await userEvent.type(box, 'sams');
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    const highlighted = () => options.findIndex((o) => o.getAttribute('aria-selected') === 'true');

    expect(highlighted()).toBe(-1);
    await userEvent.keyboard('{ArrowDown}');
    expect(highlighted()).toBe(0);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(highlighted()).toBe(2);
    await userEvent.keyboard('{ArrowDown}');
    expect(highlighted()).toBe(0); // wraps around
    await userEvent.keyboard('{ArrowUp}');
    expect(highlighted()).toBe(2);
    expect(box).toHaveProperty('value', 'sams');

    await userEvent.keyboard('{Enter}');
    expect(location()).toBe('/p/samsung-galaxy-a55');
    expect(await screen.findByTestId('product-page')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('opens a category suggestion as its listing, and a brand one as a search', async () => {
    renderApp('/', shop().adapter);
    await userEvent.type(searchBox(), 'sams');
    await screen.findByRole('listbox');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(location()).toBe('/c/smartphones');

    await userEvent.type(searchBox(), 'sams');
    await userEvent.click(await screen.findByRole('option', { name: /Samsung\s*Brend/ }));
    expect(location()).toBe('/search?q=Samsung');
  });

  it('searches for the typed text on enter when nothing is highlighted, and shows it on the results page', async () => {
    const server = shop();
    renderApp('/', server.adapter);
    const box = searchBox();
    await userEvent.type(box, '  телефон {Enter}');

    expect(location()).toBe('/search?q=%D1%82%D0%B5%D0%BB%D0%B5%D1%84%D0%BE%D0%BD');
    expect((await screen.findByTestId('page-title')).textContent).toBe('“телефон” bo‘yicha qidiruv natijalari');
    expect(box).toHaveProperty('value', 'телефон');
    await waitFor(() => expect(server.requests.some((r) => r.path === '/products' && r.params.get('q') === 'телефон')).toBe(true));
  });

  it('closes the list on escape, and clears the text on a second escape', async () => {
    renderApp('/', shop().adapter);
    const box = searchBox();
    await userEvent.type(box, 'sams');
    await screen.findByRole('listbox');

    await userEvent.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    expect(box).toHaveProperty('value', 'sams');

    await userEvent.keyboard('{Enter}'); // nothing highlighted any more: a search, not the brand
    expect(location()).toBe('/search?q=sams');

    await userEvent.keyboard('{Escape}');
    expect(box).toHaveProperty('value', '');
  });

  it('aborts a request still under way when the text changes, and shows the answer to the newest text', async () => {
    const server = shop((q) =>
      q === 'tel' ? new Promise<Suggestion[]>(() => {}) : [{ kind: 'product', slug: 'tv', text: 'Televizor Artel' }],
    );
    renderApp('/', server.adapter);
    const box = searchBox();

    await userEvent.type(box, 'tel');
    await waitFor(() => expect(suggestRequests(server.requests)).toHaveLength(1));
    await userEvent.type(box, 'e');

    expect(await screen.findByRole('option', { name: 'Televizor Artel' })).toBeTruthy();
    const [stale, fresh] = suggestRequests(server.requests);
    expect(stale?.params.get('q')).toBe('tel');
    expect(stale?.config.signal?.aborted).toBe(true);
    expect(fresh?.params.get('q')).toBe('tele');
    expect(fresh?.config.signal?.aborted).toBe(false);
  });
});
