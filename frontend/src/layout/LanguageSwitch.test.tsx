import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { languageStorageKey } from '../i18n/languageSlice';
import { fakeAdapter, renderApp } from '../test/renderApp';

describe('language switch', () => {
  it('translates the visible page, <html lang> and later requests', async () => {
    const { adapter, requests } = fakeAdapter({
      status: 503,
      body: {
        status: 'down',
        checkedAt: '2026-11-23T22:30:00Z',
        checks: [{ component: 'sqs', status: 'down', latencyMs: 3 }],
        down: ['sqs'],
      },
    });
    renderApp('/status', adapter);
    // The status page is loaded lazily.
    const title = await screen.findByTestId('page-title');
    expect(title.textContent).toBe('Tizim holati');
    expect(document.documentElement.lang).toBe('uz');
    expect(screen.getByTestId('lang-uz').getAttribute('aria-pressed')).toBe('true');
    await screen.findByTestId('status-overall');

    await userEvent.click(screen.getByTestId('lang-ru'));
    expect(title.textContent).toBe('Состояние системы');
    expect(screen.getByTestId('status-overall').textContent).toBe(
      'Некоторые системы не работают: Очередь сообщений (SQS)',
    );
    expect(screen.getByText('3 мс')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Главная' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ru');
    expect(screen.getByTestId('lang-ru').getAttribute('aria-pressed')).toBe('true');

    await userEvent.click(screen.getByTestId('lang-en'));
    expect(title.textContent).toBe('System status');
    expect(screen.getByTestId('status-checked-at').textContent).toBe(
      'Checked at 24.11.2026, 03:30:00 (Tashkent time)',
    );
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(languageStorageKey)).toBe('en');

    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(requests.at(-1)?.headers.get('Accept-Language')).toBe('en');
  });

  it('opens in the remembered language', () => {
    localStorage.setItem(languageStorageKey, 'ru');
    renderApp('/');
    expect(screen.getByTestId('page-title').textContent).toBe('Добро пожаловать в UltraMarket!');
    expect(document.documentElement.lang).toBe('ru');
  });
});

describe('routes', () => {
  it('welcomes shoppers on the home page; the footer, not the menu, leads to the status page', async () => {
    renderApp('/');
    expect(screen.getByTestId('page-title').textContent).toBe('UltraMarket’ga xush kelibsiz!');
    expect(within(screen.getByRole('navigation', { name: 'Asosiy menyu' })).queryByRole('link', { name: 'Tizim holati' })).toBeNull();

    await userEvent.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Tizim holati' }));
    expect(await screen.findByTestId('status-page')).toBeTruthy();
  });

  it('shows a translated "page not found" for unknown paths', async () => {
    renderApp('/no/such/page');
    expect(screen.getByTestId('page-title').textContent).toBe('Sahifa topilmadi');

    await userEvent.click(screen.getByTestId('lang-en'));
    expect(screen.getByTestId('page-title').textContent).toBe('Page not found');
  });
});
