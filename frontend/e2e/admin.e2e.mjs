// End-to-end journey through the admin console against a running stack (BASE_URL), at 1280 px, in English:
// the bootstrap admin (LOCAL_ADMIN_PHONE, default +998901234567 — local/.../LocalStack.java adminPhone()) signs in
// with the SMS code from /_local/outbox.json, creates a product with two variants and an image (a small PNG: presign,
// then PUT to the signed URL), receives stock for it, activates it; a shopper with a fresh number finds it by a
// Cyrillic search and orders it cash on delivery; the admin confirms, processes and ships it with a tracking number;
// the shopper sees SHIPPED and the SMS is in the outbox; the dashboard's revenue for today grows by the order's total
// (the figures follow order events asynchronously: reloaded for up to 20 s). Every run names its own product.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { baseUrl, openBrowser } from './browser.mjs';
import { nextCode, smsTo } from './outbox.mjs';

const adminPhone = (process.env.LOCAL_ADMIN_PHONE || '+998901234567').replace(/[^\d+]/g, '');
const digits = String(randomInt(0, 10_000_000)).padStart(7, '0');
const shopperPhone = `+99890${digits}`;
const run = digits;
// A Cyrillic word of this run's own: a search for it finds this product only.
const cyrillic = `Чайник${[...run].map((d) => 'абвгдежзик'[Number(d)]).join('')}`;
const codes = [`E2E-${run}-W`, `E2E-${run}-B`];
const tracking = `UZP${run}`;
// 1×1 transparent PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Today in Tashkent, yyyy-MM-dd (the dashboard's days). */
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tashkent', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

const isApiPath = (path, method = undefined) => (response) =>
  new URL(response.url()).pathname === path && (method === undefined || response.request().method() === method);

async function signInByCode(page, phone, seen, next) {
  await page.goto(`${baseUrl}/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Phone number').fill(phone);
  await page.locator('[data-testid="submit"]').click();
  await page.locator('[data-testid="code-sent"]').waitFor();
  await page.getByLabel('Code from the SMS').fill(await nextCode(phone, seen));
  await page.locator('[data-testid="submit"]').click();
  await page.waitForURL((url) => url.pathname === next);
}

describe('admin console', () => {
  let admin;
  let shopper;
  let productId;
  let slug;
  let number;
  let total;
  let revenueBefore;
  const seen = new Set();

  before(async () => {
    admin = await openBrowser({ viewport: { width: 1280, height: 900 } });
    shopper = await openBrowser({ viewport: { width: 1280, height: 900 } });
    for (const browser of [admin, shopper]) {
      await browser.page.addInitScript(() => localStorage.setItem('ultramarket.language', 'en'));
    }
    for (const phone of [adminPhone, shopperPhone]) for (const message of await smsTo(phone, seen)) seen.add(message.id);
  });

  after(async () => {
    await admin?.close();
    await shopper?.close();
  });

  const a = (id) => admin.page.locator(`[data-testid="${id}"]`);
  const s = (id) => shopper.page.locator(`[data-testid="${id}"]`);

  /** Today's revenue as the dashboard's API answers it, after pressing "Reload" (or opening it). */
  async function dashboardRevenue(open) {
    const [answer] = await Promise.all([
      admin.page.waitForResponse(isApiPath('/api/admin/analytics', 'GET')),
      open ? admin.page.goto(`${baseUrl}/admin?from=${today()}&to=${today()}`) : a('dash-reload').click(),
    ]);
    assert.equal(answer.status(), 200, await answer.text());
    const body = await answer.json();
    await a('dash-revenue').waitFor();
    return body.revenue;
  }

  test('the bootstrap admin signs in with the SMS code and sees the console with every section', async () => {
    await signInByCode(admin.page, adminPhone, seen, '/admin');
    await a('admin-console').waitFor();
    for (const section of ['products', 'orders', 'customers', 'delivery', 'audit']) await a(`admin-nav-${section}`).waitFor();
    revenueBefore = await dashboardRevenue(true);
    assert.equal(typeof revenueBefore, 'number');
  });

  test('creates a draft product with two variants and an uploaded image', async () => {
    const page = admin.page;
    await page.goto(`${baseUrl}/admin/products/new`);
    await a('product-form').waitFor();
    await a('product-name-uz').fill(`Choynak ${run}`);
    await a('product-name-ru').fill(`${cyrillic} электрический`);
    await a('product-name-en').fill(`Kettle ${run}`);
    await a('product-description-ru').fill('Тестовый товар сквозного теста.');
    // The first category the API lists (options after "—").
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="product-category"] option').length > 1);
    const category = await a('product-category').locator('option').nth(1).getAttribute('value');
    await a('product-category').selectOption(category);

    const [presign, upload] = await Promise.all([
      page.waitForResponse(isApiPath('/api/admin/product-images', 'POST')),
      page.waitForResponse((response) => response.request().method() === 'PUT' && !new URL(response.url()).pathname.startsWith('/api/')),
      a('product-image-input').setInputFiles({ name: 'kettle.png', mimeType: 'image/png', buffer: png }),
    ]);
    assert.equal(presign.status(), 201, await presign.text());
    assert.ok(upload.ok(), `PUT to the signed URL: ${upload.status()}`);
    const { key } = await presign.json();
    await a('product-image').first().waitFor();

    await a('add-variant').click();
    const variants = [
      { code: codes[0], options: 'color=white', price: '249000', compareAt: '299000' },
      { code: codes[1], options: 'color=black', price: '259000.50', compareAt: '' },
    ];
    for (const [i, v] of variants.entries()) {
      await a(`variant-${i}-code`).fill(v.code);
      await a(`variant-${i}-options`).fill(v.options);
      await a(`variant-${i}-price`).fill(v.price);
      await a(`variant-${i}-compareAtPrice`).fill(v.compareAt);
      await a(`variant-${i}-ikpu`).fill('08516710001000000');
      await a(`variant-${i}-vatPercent`).fill('12');
      await a(`variant-${i}-packageCode`).fill('1514296');
    }
    const [created] = await Promise.all([
      page.waitForResponse(isApiPath('/api/admin/products', 'POST')),
      a('product-save').click(),
    ]);
    assert.equal(created.status(), 201, await created.text());
    const sent = created.request().postDataJSON();
    assert.deepEqual(sent.variants.map((v) => [v.price, v.compareAtPrice]), [[24900000, 29900000], [25900050, undefined]]);
    assert.deepEqual(sent.images, [key]);
    const product = await created.json();
    productId = product.id;
    slug = product.slug;
    assert.equal(product.status, 'draft');
    assert.equal(product.variants.length, 2);
    await page.waitForURL((url) => url.pathname === `/admin/products/${productId}`);
  });

  test('receives stock for both variants', async () => {
    for (const [code, units] of [[codes[0], 10], [codes[1], 4]]) {
      await admin.page.goto(`${baseUrl}/admin/stock?sku=${encodeURIComponent(code)}`);
      await a('stock-adjust').waitFor();
      // The stock view names the product in the reader's language (the API answers all three).
      assert.equal(await a('stock-name').innerText(), `Kettle ${run}`);
      await a('stock-change').fill(String(units));
      await a('stock-reason').selectOption('received');
      const [adjusted] = await Promise.all([
        admin.page.waitForResponse(isApiPath(`/api/admin/stock/${code}/adjustments`, 'POST')),
        a('stock-submit').click(),
      ]);
      assert.equal(adjusted.status(), 201, await adjusted.text());
      await admin.page.waitForFunction(
        (want) => document.querySelector('[data-testid="stock-on-hand"]')?.textContent === want,
        String(units),
      );
    }
  });

  test('activates the product', async () => {
    await admin.page.goto(`${baseUrl}/admin/products/${productId}`);
    await a('product-status').selectOption('active');
    const [saved] = await Promise.all([
      admin.page.waitForResponse(isApiPath(`/api/admin/products/${productId}`, 'PUT')),
      a('product-save').click(),
    ]);
    assert.equal(saved.status(), 200, await saved.text());
    assert.equal((await saved.json()).status, 'active');
    await a('product-saved').waitFor();
  });

  test('a shopper finds it by a Cyrillic search and orders it cash on delivery', async () => {
    const page = shopper.page;
    await page.goto(`${baseUrl}/signup`);
    await page.getByLabel('Phone number').fill(shopperPhone);
    await page.getByLabel('Your name').fill(`Shopper ${run}`);
    await s('submit').click();
    await s('code-sent').waitFor();
    await page.getByLabel('Code from the SMS').fill(await nextCode(shopperPhone, seen));
    await s('submit').click();
    await page.waitForURL((url) => url.pathname === '/account');

    const found = page.locator(`a[href^="/p/${slug}"]`).first();
    for (let tries = 0; ; tries++) {
      await page.goto(`${baseUrl}/search?q=${encodeURIComponent(cyrillic)}`);
      await s('listing-page').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="listing-loading"]'));
      if ((await found.count()) > 0) break;
      assert.ok(tries < 10, `"${cyrillic}" does not find the new product`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await found.click();
    await page.waitForURL((url) => url.pathname === `/p/${slug}`);
    await page.goto(`${baseUrl}/p/${slug}?sku=${encodeURIComponent(codes[0])}`);
    await page.locator(`[data-testid="variant-summary"][data-sku="${codes[0]}"]`).waitFor();
    const [add] = await Promise.all([
      page.waitForResponse(isApiPath('/api/cart/items', 'POST')),
      s('add-to-cart-button').click(),
    ]);
    assert.equal(add.status(), 200, await add.text());

    await page.goto(`${baseUrl}/checkout`);
    await s('checkout-form').waitFor();
    await s('checkout-new-address').waitFor();
    await Promise.all([
      page.waitForResponse((r) => isApiPath('/api/delivery/options')(r) && new URL(r.url()).searchParams.get('region') === 'UZ-SA'),
      page.getByLabel('Region').selectOption('UZ-SA'),
    ]);
    await page.getByLabel('District or city').fill('Samarqand shahri');
    await page.getByLabel('Street, house and flat').fill(`Registon ko‘chasi ${Number(run.slice(0, 3)) + 1}`);
    await s('delivery-courier').click();
    await s('payment-cash').click();
    const [placed] = await Promise.all([
      page.waitForResponse(isApiPath('/api/checkout', 'POST')),
      s('place-order').click(),
    ]);
    assert.equal(placed.status(), 201, await placed.text());
    const order = await placed.json();
    number = order.number;
    total = order.total;
    assert.equal(order.status, 'AWAITING_CONFIRMATION');
    await page.waitForURL((url) => url.pathname === `/orders/${number}`);
  });

  test('the admin confirms, processes and ships it with a tracking number', async () => {
    const page = admin.page;
    await page.goto(`${baseUrl}/admin/orders?q=${encodeURIComponent(number)}`);
    await page.locator('[data-testid="order-row"]', { hasText: number }).locator('a').click();
    await page.waitForURL((url) => url.pathname === `/admin/orders/${number}`);
    for (const action of ['confirm', 'process']) {
      const [done] = await Promise.all([
        page.waitForResponse(isApiPath(`/api/admin/orders/${number}/actions`, 'POST')),
        a(`action-${action}`).click(),
      ]);
      assert.equal(done.status(), 200, `${action}: ${await done.text()}`);
    }
    await a('action-ship').click();
    await a('ship-carrier').fill('UzPost');
    await a('ship-tracking').fill(tracking);
    const [shipped] = await Promise.all([
      page.waitForResponse(isApiPath(`/api/admin/orders/${number}/actions`, 'POST')),
      a('ship-submit').click(),
    ]);
    assert.equal(shipped.status(), 200, await shipped.text());
    assert.deepEqual(shipped.request().postDataJSON().trackingNumber, tracking);
    // The answer is the staff view: the owner's order under `order`, with the shipment beside it.
    const after = await shipped.json();
    assert.equal(after.order.status, 'SHIPPED');
    assert.deepEqual(after.shipment, { carrier: 'UzPost', trackingNumber: tracking });
    await admin.page.locator('[data-testid="admin-order-status"][data-status="SHIPPED"]').waitFor();
    assert.match(await a('admin-order-shipment').innerText(), new RegExp(tracking));
  });

  test('the shopper sees SHIPPED, and the SMS with the tracking number is in the outbox', async () => {
    await shopper.page.goto(`${baseUrl}/orders/${number}`);
    await shopper.page.locator('[data-testid="order-page"] [data-testid="order-status"][data-status="SHIPPED"]').first().waitFor();
    for (let tries = 0; ; tries++) {
      const messages = await smsTo(shopperPhone, seen);
      if (messages.some((m) => m.message.includes(tracking))) break;
      assert.ok(tries < 100, `no SMS with ${tracking} reached ${shopperPhone} within 20 s: ${JSON.stringify(messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  test('the dashboard’s revenue for today includes the order', async () => {
    await dashboardRevenue(true);
    for (let tries = 0; ; tries++) {
      const revenue = await dashboardRevenue(false);
      if (revenue >= revenueBefore + total) break;
      assert.ok(tries < 20, `today's revenue ${revenue} never reached ${revenueBefore} + ${total}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  });
});
