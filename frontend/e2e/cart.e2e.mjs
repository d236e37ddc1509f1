// End-to-end journey through the cart against a running stack (BASE_URL), on a 360 px phone, in English: as a guest,
// add two variants of a product (found through the catalog API: one with at least two variants in stock), reload (the
// guest cart survives), check out → sign up with a fresh random number (code from /_local/outbox.json) and find both
// lines in the new account's cart, then change a quantity, remove a line, check the subtotal and sign out. Every run
// uses its own number and its own guest cart, so it depends on no other test and no earlier run.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { baseUrl, horizontalOverflow, openBrowser } from './browser.mjs';
import { nextCode, smsTo } from './outbox.mjs';

// +998 90 xxx xx xx: a number the Eskiz sandbox delivers (numbers starting 99800 are undeliverable there).
const digits = String(randomInt(0, 10_000_000)).padStart(7, '0');
const phone = `+99890${digits}`;
const name = `Aziz ${digits}`;

async function getJson(path) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { 'Accept-Language': 'en' } });
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

/**
 * A product of the catalog with at least two variants in stock (more than 5 left each, so a few can go in a cart),
 * and two of them.
 */
async function productWithTwoVariantsInStock() {
  const { items } = await getJson('/api/products?inStock=true');
  for (const item of items) {
    const product = await getJson(`/api/products/${encodeURIComponent(item.slug)}`);
    const inStock = product.variants.filter((variant) => variant.stock === 'in_stock');
    if (inStock.length >= 2) return { product, first: inStock[0], second: inStock[1] };
  }
  throw new Error(`none of the ${items.length} products in stock has two variants in stock`);
}

/** A price as the page shows it in English ("27 395 001.50 UZS", no-break spaces), in tiyin. */
function tiyinOf(text) {
  const match = /^([\d\s]+)(?:\.(\d{2}))?\s*UZS$/.exec(text.trim());
  assert.ok(match, `not a price in UZS: "${text}"`);
  return Number(match[1].replace(/\D/g, '')) * 100 + Number(match[2] ?? 0);
}

describe('cart', () => {
  let browser;
  let page;
  let product;
  let first;
  let second;
  let guestCartId;
  const seen = new Set();

  before(async () => {
    ({ product, first, second } = await productWithTwoVariantsInStock());
    browser = await openBrowser({ viewport: { width: 360, height: 780 } });
    page = browser.page;
    await page.addInitScript(() => localStorage.setItem('ultramarket.language', 'en'));
    for (const message of await smsTo(phone, seen)) seen.add(message.id);
  });

  after(async () => {
    await browser?.close();
  });

  const byTestId = (id) => page.locator(`[data-testid="${id}"]`);
  const lineOf = (variant) => page.locator(`[data-testid="cart-line"][data-sku="${variant.code}"]`);
  const storedCartId = () => page.evaluate(() => localStorage.getItem('ultramarket.cartId'));
  const isCartPath = (path) => (response) => new URL(response.url()).pathname === path;
  /** Waits until the header's badge counts `n` items (no badge: 0). */
  const headerCounts = (n) =>
    page.waitForFunction(
      (want) => (document.querySelector('[data-testid="cart-count"]')?.getAttribute('data-count') ?? '0') === want,
      String(n),
    );
  /** Waits until a line's quantity field shows `n`. */
  const quantityIs = (variant, n) =>
    page.waitForFunction(
      ([sku, want]) => document.querySelector(`[data-testid="cart-line"][data-sku="${sku}"] input`)?.value === want,
      [variant.code, String(n)],
    );
  const subtotal = async () => tiyinOf(await byTestId('cart-subtotal').innerText());
  async function assertNoOverflow(what) {
    const overflow = await horizontalOverflow(page);
    assert.ok(overflow <= 0, `${what} is ${overflow}px wider than a 360px phone`);
  }
  /** Chooses `variant` in the product page's picker, one option value at a time, as a shopper does. */
  async function choose(variant) {
    for (let pass = 0; pass < 3; pass++) {
      if ((await byTestId('variant-summary').getAttribute('data-sku')) === variant.code) return;
      for (const { key, value } of variant.options) {
        const group = page.locator(`[data-testid="option-${key}"]`);
        if (!(await group.locator(`input[value="${String(value)}"]`).isChecked())) {
          await group.locator(`label[data-value="${String(value)}"]`).click();
        }
      }
    }
    await page.locator(`[data-testid="variant-summary"][data-sku="${variant.code}"]`).waitFor();
  }

  test('a guest adds two variants of a product, the second two at a time', async () => {
    await page.goto(`${baseUrl}/p/${product.slug}?sku=${encodeURIComponent(first.code)}`);
    await page.locator(`[data-testid="variant-summary"][data-sku="${first.code}"]`).waitFor();
    const [firstAdd] = await Promise.all([
      page.waitForResponse(isCartPath('/api/cart/items')),
      byTestId('add-to-cart-button').click(),
    ]);
    assert.equal(firstAdd.status(), 200);
    assert.deepEqual(firstAdd.request().postDataJSON(), { sku: first.code, quantity: 1 });
    assert.equal((await firstAdd.request().allHeaders())['x-cart-id'], undefined, 'a guest without a cart names none');
    await byTestId('added-to-cart').waitFor();
    await headerCounts(1);
    guestCartId = await storedCartId();
    assert.match(guestCartId ?? '', /^[A-Za-z0-9_-]{32}$/);
    assert.equal(firstAdd.headers()['x-cart-id'], guestCartId);

    await choose(second);
    assert.equal(new URL(page.url()).searchParams.get('sku'), second.code);
    await byTestId('add-to-cart').locator('[data-testid="quantity-increase"]').click();
    assert.equal(await byTestId('add-to-cart').locator('input').inputValue(), '2');
    const [secondAdd] = await Promise.all([
      page.waitForResponse(isCartPath('/api/cart/items')),
      byTestId('add-to-cart-button').click(),
    ]);
    assert.equal(secondAdd.status(), 200);
    assert.deepEqual(secondAdd.request().postDataJSON(), { sku: second.code, quantity: 2 });
    assert.equal((await secondAdd.request().allHeaders())['x-cart-id'], guestCartId);
    await headerCounts(3);
    assert.equal(await byTestId('in-cart').innerText(), 'In your cart: 2 items');
    await assertNoOverflow('the product page with its cart controls');
  });

  test('the guest cart survives a reload and lists both lines', async () => {
    await page.reload();
    await headerCounts(3);
    await byTestId('cart-link').click();
    await page.waitForURL((url) => url.pathname === '/cart');
    await lineOf(first).waitFor();
    await lineOf(second).waitFor();
    await quantityIs(first, 1);
    await quantityIs(second, 2);
    assert.equal(
      await lineOf(second).locator('[data-testid="line-name"]').getAttribute('href'),
      `/p/${product.slug}?sku=${encodeURIComponent(second.code)}`,
    );
    assert.equal(await subtotal(), first.price + 2 * second.price);
    assert.equal(await storedCartId(), guestCartId);
    await assertNoOverflow('the guest’s cart');
  });

  test('checking out signs up first; the guest cart comes along into the new account', async () => {
    await byTestId('checkout').click();
    await page.waitForURL((url) => url.pathname === '/signin' && url.searchParams.get('next') === '/cart');
    await byTestId('to-signup').click();
    await page.waitForURL((url) => url.pathname === '/signup' && url.searchParams.get('next') === '/cart');
    await page.getByLabel('Phone number').fill(phone);
    await page.getByLabel('Your name').fill(name);
    await byTestId('submit').click();
    await byTestId('code-sent').waitFor();
    await page.getByLabel('Code from the SMS').fill(await nextCode(phone, seen));

    const [merge] = await Promise.all([page.waitForResponse(isCartPath('/api/cart/merge')), byTestId('submit').click()]);
    assert.equal(merge.status(), 200);
    const mergeHeaders = await merge.request().allHeaders();
    assert.equal(mergeHeaders['x-cart-id'], guestCartId);
    assert.match(mergeHeaders['authorization'] ?? '', /^Bearer /);

    await page.waitForURL((url) => url.pathname === '/cart');
    assert.equal(await byTestId('account-button').getAttribute('aria-label'), `Account: ${name}`);
    await lineOf(first).waitFor();
    await lineOf(second).waitFor();
    await quantityIs(first, 1);
    await quantityIs(second, 2);
    await headerCounts(3);
    assert.equal(await byTestId('merge-news').count(), 0, 'everything fit');
    assert.equal(await storedCartId(), null, 'the merged guest cart is forgotten');
  });

  test('in the account’s cart: one more of the first variant, the second removed, the subtotal following', async () => {
    const [patch] = await Promise.all([
      page.waitForResponse(isCartPath(`/api/cart/items/${encodeURIComponent(first.code)}`)),
      lineOf(first).locator('[data-testid="quantity-increase"]').click(),
    ]);
    assert.equal(patch.request().method(), 'PATCH');
    assert.equal(patch.status(), 200);
    assert.deepEqual(patch.request().postDataJSON(), { quantity: 2 });
    assert.equal((await patch.request().allHeaders())['x-cart-id'], undefined, 'a customer’s cart is named by the token alone');
    await quantityIs(first, 2);
    await headerCounts(4);

    const [removal] = await Promise.all([
      page.waitForResponse(isCartPath(`/api/cart/items/${encodeURIComponent(second.code)}`)),
      lineOf(second).locator('[data-testid="line-remove"]').click(),
    ]);
    assert.equal(removal.request().method(), 'DELETE');
    assert.equal(removal.status(), 200);
    await lineOf(second).waitFor({ state: 'detached' });
    await headerCounts(2);
    assert.equal(await subtotal(), 2 * first.price);
    await assertNoOverflow('the account’s cart');
  });

  test('the account keeps its cart: a reload shows it; signing out leaves an empty guest cart', async () => {
    await page.reload();
    await quantityIs(first, 2);
    assert.equal(await page.locator('[data-testid="cart-line"]').count(), 1);
    assert.equal(await subtotal(), 2 * first.price);

    await byTestId('account-button').click();
    await byTestId('signout').click();
    await byTestId('signin-link').waitFor();
    await byTestId('cart-empty').waitFor();
    await headerCounts(0);
    await assertNoOverflow('the empty cart');
  });
});
