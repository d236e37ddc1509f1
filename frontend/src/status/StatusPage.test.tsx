import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeAdapter, renderApp } from '../test/renderApp';
import type { HealthReport } from './health';

const allUp: HealthReport = {
  status: 'up',
  checkedAt: '2026-11-23T22:30:00Z',
  checks: [
    { component: 'dynamodb', status: 'up', latencyMs: 4 },
    { component: 'postgresql', status: 'up', latencyMs: 7 },
    { component: 'sns', status: 'up', latencyMs: 12 },
    { component: 'sqs', status: 'up', latencyMs: 9 },
  ],
  down: [],
};

const postgresDown: HealthReport = {
  status: 'down',
  checkedAt: '2026-11-23T22:30:00Z',
  checks: [
    { component: 'dynamodb', status: 'up', latencyMs: 4 },
    { component: 'postgresql', status: 'down', latencyMs: 2001, error: 'timed out after 2000 ms' },
  ],
  down: ['postgresql'],
};

describe('status page', () => {
  it('shows every component up, with latency and the check time in Tashkent', async () => {
    const { adapter, requests } = fakeAdapter({ status: 200, body: allUp });
    renderApp('/status', adapter);

    const overall = await screen.findByTestId('status-overall');
    expect(overall.textContent).toBe('Barcha tizimlar ishlamoqda');
    expect(screen.getByTestId('page-title').textContent).toBe('Tizim holati');

    const dynamodb = screen.getByTestId('status-row-dynamodb');
    expect(within(dynamodb).getByText('DynamoDB ma’lumotlar bazasi')).toBeTruthy();
    expect(within(dynamodb).getByText('Ishlamoqda')).toBeTruthy();
    expect(within(dynamodb).getByText('4 ms')).toBeTruthy();
    for (const component of ['postgresql', 'sns', 'sqs']) {
      expect(screen.getByTestId(`status-row-${component}`).dataset.status).toBe('up');
    }
    // 22:30 UTC is 03:30 the next day in Tashkent (UTC+5).
    expect(screen.getByTestId('status-checked-at').textContent).toBe(
      'Tekshirilgan vaqt: 24.11.2026, 03:30:00 (Toshkent vaqti)',
    );

    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('/health');
    expect(requests[0]?.baseURL).toBe('/api');
    expect(requests[0]?.headers.get('Accept-Language')).toBe('uz');
  });

  it('shows a 503 report as content, naming what is down', async () => {
    renderApp('/status', fakeAdapter({ status: 503, body: postgresDown }).adapter);

    const overall = await screen.findByTestId('status-overall');
    expect(overall.dataset.status).toBe('down');
    expect(overall.textContent).toBe('Ba’zi tizimlar ishlamayapti: PostgreSQL ma’lumotlar bazasi');

    const postgres = screen.getByTestId('status-row-postgresql');
    expect(postgres.dataset.status).toBe('down');
    expect(within(postgres).getByText('Ishlamayapti')).toBeTruthy();
    expect(within(postgres).getByText('2001 ms')).toBeTruthy();
    expect(within(postgres).getByText('timed out after 2000 ms')).toBeTruthy();
    expect(screen.queryByTestId('status-error')).toBeNull();
  });

  it('falls back to the raw name of a component it has no label for', async () => {
    const report: HealthReport = {
      ...postgresDown,
      checks: [{ component: 'redis', status: 'down', latencyMs: 1 }],
      down: ['redis'],
    };
    renderApp('/status', fakeAdapter({ status: 503, body: report }).adapter);

    expect((await screen.findByTestId('status-overall')).textContent).toBe(
      'Ba’zi tizimlar ishlamayapti: redis',
    );
    expect(within(screen.getByTestId('status-row-redis')).getByText('redis')).toBeTruthy();
  });

  it('shows a network error and loads again on "check again"', async () => {
    const network = fakeAdapter('network-error');
    const store = renderApp('/status', network.adapter);

    expect((await screen.findByRole('alert')).textContent).toContain('Server bilan bog‘lanib bo‘lmadi.');
    expect(store.getState().health.status).toBe('failed');

    network.respondWith({ status: 200, body: allUp });
    await userEvent.click(screen.getByRole('button', { name: 'Qayta tekshirish' }));

    expect((await screen.findByTestId('status-overall')).textContent).toBe('Barcha tizimlar ishlamoqda');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['a server error', { status: 500, body: { message: 'boom' } }],
    ['a page that is not the health report', { status: 200, body: '<!doctype html><html></html>' }],
  ])('treats %s as a failure', async (_, reply) => {
    renderApp('/status', fakeAdapter(reply).adapter);

    expect(await screen.findByTestId('status-error')).toBeTruthy();
    expect(screen.queryByTestId('status-overall')).toBeNull();
  });

  it('says it is checking while the request is under way', async () => {
    renderApp('/status', () => new Promise(() => {}));

    expect((await screen.findByTestId('status-loading')).textContent).toBe('Tekshirilmoqda…');
  });
});
