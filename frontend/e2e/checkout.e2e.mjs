// End-to-end journey through checkout and orders against a running stack (BASE_URL), on a 360 px phone, in English:
// sign up with a fresh random number (code from /_local/outbox.json), add a product in stock (found through the
// catalog API) to the cart, check out to a new address in Samarkand region (UZ-SA) by courier, cash on delivery, see
// the order placed, find it under "My orders" awaiting confirmation, open it and cancel it. Every run uses its own
// number, so it depends on no other test and no earlier run.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { baseUrl, horizontalOverflow, openBrowser } from './browser.mjs';
import { nextCode, smsTo } from './outbox.mjs';

// +998 90 xxx xx xx: a number the Eskiz sandbox delivers (numbers starting 99800 are undeliverable there).
const digits = String(randomInt(0, 10_000_000)).padStart(7, '0');
const phone = `+99890${digits}`;
const name = `Malika ${digits}`;
const street = `Registon ko‘chasi ${Number(digits.slice(0, 3)) + 1}`;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function getJson(path) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { 'Accept-Language': 'en' } });
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

/** A product of the catalog with a variant in stock (more than 5 left, so one can surely be ordered), and that variant. */
async function productInStock() {
  const { items } = await getJson('/api/products?inStock=true');
  for (const item of items) {
    const product = await getJson(`/api/products/${encodeURIComponent(item.slug)}`);
    const variant = product.variants.find((v) => v.stock === 'in_stock');
    if (variant) return { product, variant };
  }
  throw new Error(`none of the ${items.length} products in stock has a variant in stock`);
}

/** A price as the page shows it in English ("27 395 001.50 UZS", no-break spaces), in tiyin. */
function tiyinOf(text) {
  const match = /^([\d\s]+)(?:\.(\d{2}))?\s*UZS$/.exec(text.trim());
  assert.ok(match, `not a price in UZS: "${text}"`);
  return Number(match[1].replace(/\D/g, '')) * 100 + Number(match[2] ?? 0);
}

describe('checkout and orders', () => {
  let browser;
  let page;
  let product;
  let variant;
  let number;
  const seen = new Set();

  before(async () => {
    ({ product, variant } = await productInStock());
    browser = await openBrowser({ viewport: { width: 360, height: 780 } });
    page = browser.page;
    await page.addInitScript(() => localStorage.setItem('ultramarket.language', 'en'));
    for (const message of await smsTo(phone, seen)) seen.add(message.id);
  });

  after(async () => {
    await browser?.close();
  });

  const byTestId = (id) => page.locator(`[data-testid="${id}"]`);
  const isApiPath = (path, method = undefined) => (response) =>
    new URL(response.url()).pathname === path && (method === undefined || response.request().method() === method);
  /** Waits until the header's badge counts `n` items (no badge: 0). */
  const headerCounts = (n) =>
    page.waitForFunction(
      (want) => (document.querySelector('[data-testid="cart-count"]')?.getAttribute('data-count') ?? '0') === want,
      String(n),
    );
  async function assertNoOverflow(what) {
    const overflow = await horizontalOverflow(page);
    assert.ok(overflow <= 0, `${what} is ${overflow}px wider than a 360px phone`);
  }

  test('signs up with a fresh number and the code from the SMS', async () => {
    await page.goto(`${baseUrl}/signup`);
    await page.getByLabel('Phone number').fill(phone);
    await page.getByLabel('Your name').fill(name);
    await byTestId('submit').click();
    await byTestId('code-sent').waitFor();
    await page.getByLabel('Code from the SMS').fill(await nextCode(phone, seen));
    await byTestId('submit').click();
    await page.waitForURL((url) => url.pathname === '/account');
    assert.equal(await byTestId('account-button').getAttribute('aria-label'), `Account: ${name}`);
  });

  test('adds a product to the cart', async () => {
    await page.goto(`${baseUrl}/p/${product.slug}?sku=${encodeURIComponent(variant.code)}`);
    await page.locator(`[data-testid="variant-summary"][data-sku="${variant.code}"]`).waitFor();
    const [add] = await Promise.all([
      page.waitForResponse(isApiPath('/api/cart/items', 'POST')),
      byTestId('add-to-cart-button').click(),
    ]);
    assert.equal(add.status(), 200);
    await byTestId('added-to-cart').waitFor();
    await headerCounts(1);
  });

  test('checks out to a new address in Samarkand region, by courier, cash on delivery', async () => {
    await byTestId('cart-link').click();
    await page.waitForURL((url) => url.pathname === '/cart');
    await byTestId('checkout').click();
    await page.waitForURL((url) => url.pathname === '/checkout');
    await byTestId('checkout-form').waitFor();
    const subtotal = tiyinOf(await byTestId('checkout-subtotal').innerText());
    assert.equal(subtotal, variant.price);

    // A new account has no address book: the new address's fields are there at once.
    await byTestId('checkout-new-address').waitFor();
    const [optionsAnswer] = await Promise.all([
      page.waitForResponse(
        (response) =>
          isApiPath('/api/delivery/options')(response) && new URL(response.url()).searchParams.get('region') === 'UZ-SA',
      ),
      page.getByLabel('Region').selectOption('UZ-SA'),
    ]);
    assert.equal(optionsAnswer.status(), 200);
    assert.equal(new URL(optionsAnswer.url()).searchParams.get('subtotal'), String(subtotal));
    const offered = await optionsAnswer.json();
    const courier = offered.options.find((option) => option.method === 'courier');
    assert.ok(courier, `Samarkand region offers no courier: ${JSON.stringify(offered.options.map((o) => o.method))}`);
    await page.getByLabel('District or city').fill('Samarqand shahri');
    await page.getByLabel('Street, house and flat').fill(street);
    assert.equal((await page.getByLabel('Recipient’s phone').inputValue()).replace(/\D/g, ''), phone.replace(/\D/g, ''));

    await byTestId('delivery-courier').click();
    await byTestId('payment-cash').click();
    assert.ok(await byTestId('delivery-courier').locator('input').isChecked());
    assert.ok(await byTestId('payment-cash').locator('input').isChecked());
    const fee = courier.free ? 0 : courier.fee;
    const total = tiyinOf(await byTestId('checkout-total').innerText());
    assert.equal(total, subtotal + fee);
    await assertNoOverflow('checkout');

    const [placed] = await Promise.all([
      page.waitForResponse(isApiPath('/api/checkout', 'POST')),
      byTestId('place-order').click(),
    ]);
    assert.equal(placed.status(), 201, await placed.text());
    const headers = await placed.request().allHeaders();
    assert.match(headers['idempotency-key'] ?? '', uuid);
    assert.match(headers['authorization'] ?? '', /^Bearer /);
    const body = placed.request().postDataJSON();
    assert.deepEqual(body, {
      address: { region: 'UZ-SA', district: 'Samarqand shahri', street, recipientPhone: body.address.recipientPhone },
      deliveryMethod: 'courier',
      paymentMethod: 'cash',
      expectedTotal: total,
    });
    const order = await placed.json();
    number = order.number;
    assert.ok(number, 'the order has a number');
    assert.equal(order.total, total);
    assert.equal(order.status, 'AWAITING_CONFIRMATION');
  });

  test('sees the order placed, its number, and an empty cart', async () => {
    await page.waitForURL((url) => url.pathname === `/orders/${number}` && url.searchParams.get('placed') === '1');
    const banner = byTestId('order-placed');
    await banner.waitFor();
    assert.match(await banner.innerText(), new RegExp(`Order ${number} placed`));
    assert.equal(await byTestId('order-pay-next').count(), 0, 'cash: no online payment');
    assert.equal(await page.locator('[data-testid="order-line"]').count(), 1);
    assert.equal(await page.locator(`[data-testid="order-line"][data-sku="${variant.code}"]`).count(), 1);
    await headerCounts(0);
    await assertNoOverflow('the placed order');
  });

  test('finds the order under “My orders”, awaiting confirmation', async () => {
    await byTestId('account-button').click();
    await byTestId('orders-menu-link').click();
    await page.waitForURL((url) => url.pathname === '/orders');
    const row = page.locator(`[data-testid="order-row"][data-number="${number}"]`);
    await row.waitFor();
    const status = row.locator('[data-testid="order-status"]');
    assert.equal(await status.getAttribute('data-status'), 'AWAITING_CONFIRMATION');
    assert.equal(await status.innerText(), 'Awaiting confirmation');
    await assertNoOverflow('my orders');
  });

  test('opens the order and cancels it; the timeline ends with “Cancelled”', async () => {
    await page.locator(`[data-testid="order-row"][data-number="${number}"]`).click();
    await page.waitForURL((url) => url.pathname === `/orders/${number}` && !url.searchParams.has('placed'));
    await page.locator('[data-testid="timeline-entry"][data-status="AWAITING_CONFIRMATION"]').waitFor();
    await byTestId('order-cancel').click();
    const [cancel] = await Promise.all([
      page.waitForResponse(isApiPath(`/api/orders/${number}/cancel`, 'POST')),
      byTestId('order-cancel-confirm').click(),
    ]);
    assert.equal(cancel.status(), 200, await cancel.text());
    const entry = page.locator('[data-testid="timeline-entry"][data-status="CANCELLED"]');
    await entry.waitFor();
    assert.match(await entry.innerText(), /^Cancelled/);
    assert.equal(await page.locator('[data-testid="order-page"] [data-testid="order-status"]').first().getAttribute('data-status'), 'CANCELLED');
    assert.equal(await byTestId('order-cancel').count(), 0);
    await assertNoOverflow('the cancelled order');
  });
});
