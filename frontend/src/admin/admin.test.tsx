import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toApiError } from '../app/api';
import type { User } from '../auth/types';
import { bodyOf, catalogNoise, dilnoza, session } from '../test/accountFixtures';
import { fakeServer, renderApp, type Reply, type SeenRequest } from '../test/renderApp';
import type { AdminOrder, DeliverySettings, Product, ProductRow, StockView } from './adminApi';
import { fieldErrors, isVersionConflict } from './problems';

const staff = (role: User['role']): User => ({ ...dilnoza, id: `U-${role}`, name: `Staff ${role}`, role });

const categories = { items: [{ id: 7, slug: 'phones', name: { uz: 'Telefonlar', ru: 'Телефоны', en: 'Phones' }, position: 0, productCount: 3, version: 1 }] };
const row: ProductRow = {
  id: 42, slug: 'smartfon-x', name: { uz: 'Smartfon X', ru: 'Смартфон X', en: 'Smartphone X' }, brand: 'samsung', categoryId: 7,
  status: 'active', priceMin: 349900000, skuCount: 2, stock: { onHand: 5, reserved: 1 }, version: 3,
};
const product: Product = {
  id: 42, version: 3, slug: 'smartfon-x', categoryId: 7, brand: 'samsung', status: 'draft',
  name: row.name, description: { uz: 'Tavsif', ru: 'Описание', en: 'Description' }, images: ['products/a.jpg'],
  variants: [
    { id: 101, code: 'SMX-128-BLK', options: { color: 'black' }, price: 349900000, compareAtPrice: 399900000, ikpu: '08517001001000000', vatPercent: 12, packageCode: '1514296', stock: { onHand: 5, reserved: 1 } },
    { id: 102, code: 'SMX-256-BLK', options: { color: 'black' }, price: 419900000, ikpu: '08517001001000000', vatPercent: 12 },
  ],
};

/** The API for a signed-in `user`, with the admin routes each test adds. */
function adminServer(user: User, route: (request: SeenRequest) => Reply | undefined = () => undefined) {
  return fakeServer((request) => {
    if (request.path === '/auth/refresh') return { status: 200, body: session(user) };
    if (request.path === '/me') return { status: 200, body: user };
    if (request.path === '/admin/categories') return { status: 200, body: categories };
    if (request.path === '/admin/analytics') return { status: 200, body: analytics };
    return route(request) ?? catalogNoise(request);
  });
}

const analytics = {
  from: '2026-11-01', to: '2026-11-30', revenue: 123400000, orders: 57, soldOrders: 41, averageOrderValue: 3009756,
  cartsStarted: 240, conversion: 0.2375, revenueByDay: [{ day: '2026-11-01', revenue: 123400000, orders: 57 }],
  ordersByStatus: { PAID: 3 }, topProductsByRevenue: [], topProductsByUnits: [], revenueByRegion: { 'UZ-TK': 123400000 },
  revenueByPaymentMethod: { cash: 123400000 },
};

describe('role gating', () => {
  it('tells a customer the console is not for them', async () => {
    renderApp('/admin', adminServer(staff('customer')).adapter, { startSession: true });
    // The first test loads the console's chunk: give it longer than findBy's second.
    expect(await screen.findByTestId('admin-forbidden', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('admin-console')).toBeNull();
  });

  it('sends a guest to sign in', async () => {
    const server = fakeServer((request) => (request.path === '/auth/refresh' ? { status: 401, body: {} } : catalogNoise(request)));
    renderApp('/admin/orders', server.adapter, { startSession: true });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/signin?next=%2Fadmin%2Forders'));
  });

  it('shows a manager the console without the admin-only sections, which say so when opened', async () => {
    renderApp('/admin/customers', adminServer(staff('manager')).adapter, { startSession: true });
    const nav = within(await screen.findByRole('navigation', { name: 'Panel bo‘limlari' }));
    expect(nav.getByText('Mahsulotlar')).toBeTruthy();
    expect(nav.queryByText('Mijozlar')).toBeNull();
    expect(nav.queryByText('Audit jurnali')).toBeNull();
    expect(await screen.findByTestId('admin-forbidden')).toBeTruthy();
  });

  it('shows an admin every section, and staff get a link in the account menu', async () => {
    renderApp('/admin', adminServer(staff('admin')).adapter, { startSession: true });
    const nav = within(await screen.findByRole('navigation', { name: 'Panel bo‘limlari' }));
    for (const name of ['Mijozlar', 'Yetkazib berish sozlamalari', 'Audit jurnali']) expect(nav.getByText(name)).toBeTruthy();
    await userEvent.click(screen.getByTestId('account-button'));
    expect(screen.getByTestId('admin-menu-link').getAttribute('href')).toBe('/admin');
  });

  it('gives a customer no console link', async () => {
    renderApp('/', adminServer(staff('customer')).adapter, { startSession: true });
    await userEvent.click(await screen.findByTestId('account-button'));
    expect(screen.queryByTestId('admin-menu-link')).toBeNull();
  });
});

describe('products list keeps its filters in the address', () => {
  it('sends the filters, sort and cursor from the address, and a change starts from the first page', async () => {
    const server = adminServer(staff('manager'), (request) =>
      request.path === '/admin/products' ? { status: 200, body: { items: [row], nextCursor: 'c2' } } : undefined,
    );
    renderApp('/admin/products?status=active&sort=price&cursor=c1', server.adapter, { startSession: true });
    expect(await screen.findByText('Smartfon X')).toBeTruthy();
    const first = server.requests.find((r) => r.path === '/admin/products')!;
    expect(first.params.get('status')).toBe('active');
    expect(first.params.get('sort')).toBe('price');
    expect(first.params.get('cursor')).toBe('c1');

    await userEvent.selectOptions(screen.getByTestId('products-category'), '7');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/admin/products?status=active&sort=price&category=7'));
    await userEvent.click(await screen.findByTestId('next-page'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toContain('cursor=c2'));
    await waitFor(() => expect(server.requests.at(-1)?.params.get('cursor')).toBe('c2'));
    expect(server.requests.at(-1)?.params.get('category')).toBe('7');
  });
});

describe('product form', () => {
  it('sends prices typed in so‘m as integer tiyin and shows the server’s errors beside their fields', async () => {
    const puts: Record<string, unknown>[] = [];
    const server = adminServer(staff('manager'), (request) => {
      if (request.path === '/admin/products/42' && request.config.method === 'get') return { status: 200, body: product };
      if (request.path === '/admin/products/42' && request.config.method === 'put') {
        puts.push(bodyOf(request));
        return {
          status: 400,
          body: { status: 400, title: 'Bad', detail: 'Bad product', errors: [{ field: 'variants[1].price', message: 'must be greater than 0' }, { field: 'name.uz', message: 'is required' }] },
        };
      }
      return undefined;
    });
    renderApp('/admin/products/42', server.adapter, { startSession: true });
    const price = await screen.findByTestId('variant-0-price');
    expect((price as HTMLInputElement).value).toBe('3499000');
    await userEvent.clear(price);
    await userEvent.type(price, '1.15');
    await userEvent.click(screen.getByTestId('product-save'));

    expect(await screen.findByTestId('error-e-variants[1].price')).toBeTruthy();
    expect(screen.getByTestId('error-e-variants[1].price').textContent).toBe('Must be greater than 0');
    expect(screen.getByTestId('error-e-name.uz').textContent).toBe('Bu maydonni to‘ldiring.');
    expect(screen.getByTestId('variant-1-price').getAttribute('aria-invalid')).toBe('true');
    const sent = puts[0] as unknown as Product;
    expect(sent.version).toBe(3);
    expect(sent.variants[0]!.price).toBe(115);
    expect(sent.variants[0]!.compareAtPrice).toBe(399900000);
    expect(sent.variants[1]!.compareAtPrice).toBeUndefined();
    expect(sent.images).toEqual(['products/a.jpg']);
  });

  it('says a save succeeded once the answer’s new version is shown, keeping numeric options numbers', async () => {
    const withNumbers: Product = { ...product, variants: [{ ...product.variants[0]!, options: { color: 'black', storage_gb: 128, esim: true } }] };
    const server = adminServer(staff('manager'), (request) => {
      if (request.path === '/admin/products/42' && request.config.method === 'get') return { status: 200, body: withNumbers };
      if (request.path === '/admin/products/42' && request.config.method === 'put') return { status: 200, body: { ...bodyOf(request), version: 4 } };
      return undefined;
    });
    renderApp('/admin/products/42', server.adapter, { startSession: true });
    await userEvent.selectOptions(await screen.findByTestId('product-status'), 'active');
    await userEvent.click(screen.getByTestId('product-save'));
    expect(await screen.findByTestId('product-saved')).toBeTruthy();
    expect((screen.getByTestId('product-status') as HTMLSelectElement).value).toBe('active');
    const sent = bodyOf(server.requests.find((r) => r.config.method === 'put')!) as unknown as Product;
    expect(sent.variants[0]!.options).toEqual({ color: 'black', storage_gb: 128, esim: true });
  });

  it('refuses a price that is not a sum before sending', async () => {
    const server = adminServer(staff('manager'), (request) =>
      request.path === '/admin/products/42' ? { status: 200, body: product } : undefined,
    );
    renderApp('/admin/products/42', server.adapter, { startSession: true });
    const price = await screen.findByTestId('variant-1-compareAtPrice');
    await userEvent.type(price, '12.345');
    await userEvent.click(screen.getByTestId('product-save'));
    expect(await screen.findByTestId('error-e-variants[1].compareAtPrice')).toBeTruthy();
    expect(server.requests.some((r) => r.config.method === 'put')).toBe(false);
  });

  it('says someone else saved the product on a 409 naming version, and reloads it', async () => {
    let gets = 0;
    const server = adminServer(staff('manager'), (request) => {
      if (request.path !== '/admin/products/42') return undefined;
      if (request.config.method === 'get') {
        gets += 1;
        return { status: 200, body: { ...product, version: 3 + gets - 1 } };
      }
      return { status: 409, body: { status: 409, title: 'Conflict', detail: 'Stale', errors: [{ field: 'version', message: 'is stale' }] } };
    });
    renderApp('/admin/products/42', server.adapter, { startSession: true });
    await userEvent.click(await screen.findByTestId('product-save'));
    const banner = await screen.findByTestId('version-conflict');
    expect(banner.textContent).toContain('Bu orada kimdir uni saqladi');
    await userEvent.click(within(banner).getByRole('button'));
    await waitFor(() => expect(gets).toBe(2));
  });

  it('uploads an image: presign first, then PUT of the file to the signed URL with its headers, no Bearer token', async () => {
    const server = adminServer(staff('manager'), (request) => {
      if (request.path === '/admin/product-images') {
        return { status: 201, body: { key: 'products/new.png', uploadUrl: 'http://s3.test/bucket/products/new.png?sig=1', method: 'PUT', headers: { 'Content-Type': 'image/png' }, expiresAt: '2026-11-23T09:05:00Z', url: '/images/products/new.png' } };
      }
      if (request.path === '/bucket/products/new.png') return { status: 200, body: '' };
      return undefined;
    });
    renderApp('/admin/products/new', server.adapter, { startSession: true });
    const input = await screen.findByTestId('product-image-input');
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'a.png', { type: 'image/png' });
    await userEvent.upload(input, file);
    await waitFor(() => expect(screen.getAllByTestId('product-image')).toHaveLength(1));
    const presign = server.requests.findIndex((r) => r.path === '/admin/product-images');
    const put = server.requests.findIndex((r) => r.path === '/bucket/products/new.png');
    expect(presign).toBeGreaterThanOrEqual(0);
    expect(put).toBeGreaterThan(presign);
    expect(bodyOf(server.requests[presign]!)).toEqual({ contentType: 'image/png', size: 4 });
    const upload = server.requests[put]!;
    expect(upload.config.method).toBe('put');
    expect(upload.config.headers.get('Content-Type')).toBe('image/png');
    expect(upload.config.headers.get('Authorization')).toBeFalsy();
    expect(upload.config.data).toBe(file);
  });

  it('refuses a wrong type or a file over 5 MB in the browser', async () => {
    const server = adminServer(staff('manager'));
    renderApp('/admin/products/new', server.adapter, { startSession: true });
    const input = await screen.findByTestId('product-image-input');
    await userEvent.upload(input, new File(['x'], 'a.gif', { type: 'image/gif' }), { applyAccept: false });
    expect((await screen.findByTestId('image-error')).textContent).toBe('Faqat JPEG, PNG yoki WebP rasmlar.');
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.jpg', { type: 'image/jpeg' });
    await userEvent.upload(input, big);
    expect((await screen.findByTestId('image-error')).textContent).toBe('Rasm ko‘pi bilan 5 MB bo‘lishi mumkin.');
    expect(server.requests.some((r) => r.path === '/admin/product-images')).toBe(false);
  });
});

describe('problems', () => {
  it('reads errors[] written with message (the admin contract) or reason, and knows a version conflict', () => {
    const error = toApiError(
      Object.assign(new Error('x'), {
        isAxiosError: true,
        response: { status: 409, headers: {}, data: { detail: 'Stale', errors: [{ field: 'version', message: 'changed' }, { field: 'slug', reason: 'is taken' }] } },
      }),
    );
    expect(isVersionConflict(error)).toBe(true);
    expect(fieldErrors(error, (k) => k).byField).toEqual({ version: 'Changed', slug: 'Is taken' });
  });
});

describe('orders', () => {
  it('keeps filters in the address and exports the CSV with the same filters and the token', async () => {
    const server = adminServer(staff('manager'), (request) => {
      if (request.path === '/admin/orders') return { status: 200, body: { items: [] } };
      if (request.path === '/admin/orders.csv') return { status: 200, body: new Blob(['number\n'], { type: 'text/csv' }) };
      return undefined;
    });
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => {};
    renderApp('/admin/orders?status=PAID&region=UZ-TK', server.adapter, { startSession: true });
    await screen.findByText('Hech narsa topilmadi.');
    await userEvent.selectOptions(screen.getByTestId('orders-payment'), 'cash');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/admin/orders?status=PAID&region=UZ-TK&payment=cash'));
    await userEvent.click(screen.getByTestId('orders-export'));
    await waitFor(() => expect(server.requests.some((r) => r.path === '/admin/orders.csv')).toBe(true));
    const csv = server.requests.find((r) => r.path === '/admin/orders.csv')!;
    expect(csv.params.get('status')).toBe('PAID');
    expect(csv.params.get('payment')).toBe('cash');
    expect(csv.config.responseType).toBe('blob');
    expect(String(csv.config.headers.get('Authorization'))).toMatch(/^Bearer /);
  });

  it('shows the nested order and ships it with carrier and tracking number, sending its version', async () => {
    const order: AdminOrder = {
      order: {
        number: '1000123', status: 'PROCESSING', paymentMethod: 'cash', createdAt: '2026-11-23T07:15:00Z', payBy: null,
        lines: [{ sku: 'A-1', name: 'Choynak', options: 'Oq', image: null, unitPrice: 100, quantity: 1, lineTotal: 100 }],
        address: { region: 'UZ-SA', district: 'Samarqand shahri', street: 'Registon 1', recipientPhone: '+998901112233' },
        delivery: { method: 'courier', name: 'Kuryer', fee: 0, earliest: '2026-11-24', latest: '2026-11-25', pickupPoint: null },
        subtotal: 100, deliveryFee: 0, total: 100, vatIncluded: 11, comment: null, cancellable: false,
        history: [{ status: 'AWAITING_CONFIRMATION', at: '2026-11-23T07:15:00Z', actor: 'customer' }],
      },
      customerId: 'c1', version: 5, actions: ['ship', 'cancel'],
    };
    const server = adminServer(staff('manager'), (request) => {
      if (request.path === '/admin/orders/1000123') return { status: 200, body: order };
      if (request.path === '/admin/orders/1000123/actions') {
        const shipped: AdminOrder = {
          ...order, order: { ...order.order, status: 'SHIPPED' }, version: 6, actions: ['deliver'], shipment: { carrier: 'UzPost', trackingNumber: 'TRK1' },
        };
        return { status: 200, body: shipped };
      }
      return undefined;
    });
    renderApp('/admin/orders/1000123', server.adapter, { startSession: true });
    expect((await screen.findByTestId('admin-order-status')).textContent).not.toBe('Jo‘natilgan');
    expect(screen.getByTestId('admin-order-total').textContent).toMatch(/1/);
    expect(screen.getByText(/Registon 1/)).toBeTruthy();
    expect(screen.getByTestId('admin-order-delivery').textContent).toContain('Kuryer');
    await userEvent.click(screen.getByTestId('action-ship'));
    await userEvent.type(screen.getByTestId('ship-carrier'), 'UzPost');
    await userEvent.type(screen.getByTestId('ship-tracking'), 'TRK1');
    await userEvent.click(screen.getByTestId('ship-submit'));
    expect((await screen.findByTestId('admin-order-shipment')).textContent).toContain('TRK1');
    const sent = bodyOf(server.requests.find((r) => r.path === '/admin/orders/1000123/actions')!);
    expect(sent).toEqual({ action: 'ship', version: 5, carrier: 'UzPost', trackingNumber: 'TRK1' });
    expect(screen.getByTestId('admin-order-status').textContent).toBe('Jo‘natilgan');
    expect(screen.queryByTestId('action-ship')).toBeNull();
    expect(screen.getByTestId('action-deliver')).toBeTruthy();
  });
});

describe('stock', () => {
  it('shows the product’s name in the reader’s language and the stock after an adjustment', async () => {
    const view: StockView = {
      sku: 'SMX-128-BLK', productId: 42, name: { uz: 'Smartfon X', ru: 'Смартфон X', en: 'Smartphone X' },
      onHand: 0, reserved: 0, sellable: 0, history: [],
    };
    const server = adminServer(staff('manager'), (request) => {
      if (request.path === '/admin/stock/SMX-128-BLK') return { status: 200, body: view };
      if (request.path === '/admin/stock/SMX-128-BLK/adjustments') {
        return { status: 201, body: { ...view, onHand: 10, sellable: 10, history: [{ at: '2026-11-23T07:15:00Z', change: 10, reason: 'received', actor: 'U-manager', onHandAfter: 10 }] } };
      }
      return undefined;
    });
    renderApp('/admin/stock?sku=SMX-128-BLK', server.adapter, { startSession: true });
    expect((await screen.findByTestId('stock-name')).textContent).toBe('Smartfon X');
    expect(screen.getByTestId('stock-name').getAttribute('href')).toBe('/admin/products/42');
    await userEvent.type(screen.getByTestId('stock-change'), '10');
    await userEvent.click(screen.getByTestId('stock-submit'));
    await waitFor(() => expect(screen.getByTestId('stock-on-hand').textContent).toBe('10'));
    expect(bodyOf(server.requests.find((r) => r.path === '/admin/stock/SMX-128-BLK/adjustments')!)).toEqual({ change: 10, reason: 'received' });
    expect(screen.getByText('U-manager')).toBeTruthy();
  });
});

describe('delivery settings', () => {
  it('saves the whole document with the version read; pickup points have one name and address and are withdrawn, not deleted', async () => {
    const settings: DeliverySettings = {
      version: '3f9a1c0b7d2e4a65', freeFrom: 100000000,
      rates: [{ method: 'courier', region: 'UZ-TK', fee: 2000000, daysMin: 1, daysMax: 2 }],
      pickupPoints: [{ id: 'tk-chilonzor', region: 'UZ-TK', name: 'Chilonzor', address: 'Bunyodkor ko‘chasi 12', hours: '09:00–19:00', position: 0, active: true }],
    };
    const server = adminServer(staff('admin'), (request) => {
      if (request.path === '/admin/delivery' && request.config.method === 'get') return { status: 200, body: settings };
      if (request.path === '/admin/delivery' && request.config.method === 'put') return { status: 200, body: { ...bodyOf(request), version: 'b2' } };
      return undefined;
    });
    renderApp('/admin/delivery', server.adapter, { startSession: true });
    expect(((await screen.findByTestId('point-0-name')) as HTMLInputElement).value).toBe('Chilonzor');
    expect((screen.getByTestId('point-0-id') as HTMLInputElement).readOnly).toBe(true);
    await userEvent.click(screen.getByTestId('point-0-active'));
    await userEvent.click(screen.getByTestId('delivery-save'));
    expect(await screen.findByTestId('delivery-saved')).toBeTruthy();
    const sent = bodyOf(server.requests.find((r) => r.path === '/admin/delivery' && r.config.method === 'put')!);
    expect(sent).toEqual({ ...settings, pickupPoints: [{ ...settings.pickupPoints[0], active: false }] });
  });

  it('offers a reload when someone saved since (409 naming version)', async () => {
    const settings: DeliverySettings = { version: 'v1', freeFrom: 100000000, rates: [], pickupPoints: [] };
    const server = adminServer(staff('admin'), (request) => {
      if (request.path === '/admin/delivery' && request.config.method === 'get') return { status: 200, body: settings };
      if (request.path === '/admin/delivery' && request.config.method === 'put') {
        return { status: 409, body: { type: '/api/docs#problem-conflict', title: 'Conflict', status: 409, errors: [{ field: 'version', reason: 'changed since you read it' }] } };
      }
      return undefined;
    });
    renderApp('/admin/delivery', server.adapter, { startSession: true });
    await userEvent.click(await screen.findByTestId('delivery-save'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button')).toBeTruthy();
  });
});

describe('audit log', () => {
  it('names the actor by phone (or id) and role, and shows a create without a before', async () => {
    const server = adminServer(staff('admin'), (request) =>
      request.path === '/admin/audit'
        ? {
            status: 200,
            body: {
              items: [
                { id: 'a1', at: '2026-11-23T07:15:00Z', actor: { id: 'U-1', role: 'manager', phone: '+998901234567' }, action: 'category.create', target: 'category:9', after: { slug: 'kettles' } },
                { id: 'a2', at: '2026-11-23T07:10:00Z', actor: { id: 'U-gone', role: 'admin' }, action: 'delivery.update', target: 'delivery' },
              ],
              nextCursor: null,
            },
          }
        : undefined,
    );
    renderApp('/admin/audit', server.adapter, { startSession: true });
    const actors = await screen.findAllByTestId('audit-actor');
    expect(actors.map((a) => a.textContent)).toEqual(['+998901234567 Menejer', 'U-gone Administrator']);
    expect(screen.getByText('slug: ∅ → "kettles"')).toBeTruthy();
    expect(screen.queryByTestId('next-page')).toBeNull();
  });
});
