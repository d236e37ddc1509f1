// End-to-end journeys through online payment against a running stack (BASE_URL), on a 360 px phone, in English, each
// with its own fresh random number (code from /_local/outbox.json) and its own product in stock (found through the
// catalog API): sign up, add the product to the cart, check out to a new address in Samarkand region (UZ-SA) by
// courier and pay online —
//   1. with Payme: the local Payme sandbox's card form (test card 8600 4954 7331 6478, 03/99), then its SMS code
//      666666; back on the shop's payment page the order is paid, and the SMS "payment … received" arrives;
//   2. with Click: the local Click sandbox's card form, "Pay"; the same;
//   3. with Payme, pressing "Cancel" in its sandbox: back on the payment page the order is cancelled, "My orders" says
//      so, and the unit it held is sellable again (how many can be sold, as a guest cart's line reads it, before, while
//      the order holds it, and after).
// Each journey also checks the link the shop gave (provider, order, amount, return address) and the calls the
// sandbox made to the shop (/_local/payments.json). Nothing depends on another test or an earlier run.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { baseUrl, horizontalOverflow, openBrowser } from './browser.mjs';
import { nextCode, smsTo } from './outbox.mjs';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The Payme sandbox's test card and SMS code (local/…/payme/PaymeSandbox.java). */
const PAYME_CARD = '8600 4954 7331 6478';
const PAYME_EXPIRY = '03/99';
const PAYME_CODE = '666666';

/** A new shopper: +998 90 xxx xx xx, a number the Eskiz sandbox delivers (numbers starting 99800 are undeliverable). */
function newShopper(firstName) {
  const digits = String(randomInt(0, 10_000_000)).padStart(7, '0');
  return {
    phone: `+99890${digits}`,
    name: `${firstName} ${digits}`,
    street: `Registon ko‘chasi ${Number(digits.slice(0, 3)) + 1}`,
  };
}

async function getJson(path) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { 'Accept-Language': 'en' } });
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

let inStock;
/**
 * The products of the catalog's first page in stock that have a variant in stock (more than 5 left, so one can surely
 * be ordered), each with that variant; read once. The journeys take theirs from the end of the list, away from the
 * first one, which the checkout journey buys.
 */
function productsInStock() {
  inStock ??= (async () => {
    const { items } = await getJson('/api/products?inStock=true');
    const found = [];
    for (const item of items) {
      const product = await getJson(`/api/products/${encodeURIComponent(item.slug)}`);
      const variant = product.variants.find((v) => v.stock === 'in_stock');
      if (variant) found.push({ product, variant });
    }
    assert.ok(found.length >= 4, `only ${found.length} of ${items.length} products in stock have a variant in stock`);
    return found;
  })();
  return inStock;
}

/**
 * Where the shop sends a shopper back from Payme and Click: the stack's own address for shoppers (SHOP_URL; locally
 * http://localhost:<port>), which is also where the providers' calls go (/_local/providers.json). The journeys run on
 * that origin rather than on BASE_URL as given (scripts/test gives http://127.0.0.1:<port>): the session's cookie
 * belongs to one host, and a shopper who signed in on another would come back signed out.
 */
async function shopOrigin() {
  const { payme } = await getJson('/_local/providers.json');
  return new URL(payme.endpoint).origin;
}

/**
 * How many of `sku` can be sold now (on hand less held by orders), as a cart reads it: the line of a new guest cart
 * may hold that many (and never more than 99, a limit the demo catalog's stock stays under).
 */
async function sellable(sku) {
  const response = await fetch(`${baseUrl}/api/cart/items`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' },
    body: JSON.stringify({ sku, quantity: 1 }),
  });
  assert.equal(response.status, 200, `POST /api/cart/items for ${sku}: ${await response.clone().text()}`);
  const line = (await response.json()).lines.find((l) => l.sku === sku);
  assert.ok(line?.available, `${sku} cannot be bought: ${JSON.stringify(line)}`);
  assert.ok(line.maxQuantity < 99, `${sku}: the cart's limit of 99 hides how many are left`);
  return line.maxQuantity;
}

/** Waits until `sellable(sku)` is `want` (as the order's cancellation gives its stock back); returns the last read. */
async function sellableBecomes(sku, want) {
  let now;
  for (let tries = 0; tries < 100; tries++) {
    now = await sellable(sku);
    if (now === want) return now;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return now;
}

/** Waits for a new SMS to `phone` (not in `seen`) whose text matches `pattern` (SNS → SQS → Eskiz is asynchronous). */
async function smsMatching(phone, seen, pattern) {
  for (let tries = 0; tries < 100; tries++) {
    const found = (await smsTo(phone, seen)).find((message) => pattern.test(message.message));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const texts = (await smsTo(phone, seen)).map((message) => message.message);
  throw new Error(`no SMS to ${phone} matching ${pattern} within 20 s; it got: ${JSON.stringify(texts)}`);
}

/** The sandboxes' calls to the shop that `belongs` picks, oldest first (/_local/payments.json lists newest first). */
async function providerCalls(belongs) {
  const calls = await getJson('/_local/payments.json');
  return calls.filter(belongs).reverse();
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A price as the page shows it in English ("27 395 001.50 UZS", no-break spaces), in tiyin. */
function tiyinOf(text) {
  const match = /^([\d\s]+)(?:\.(\d{2}))?\s*UZS$/.exec(text.trim());
  assert.ok(match, `not a price in UZS: "${text}"`);
  return Number(match[1].replace(/\D/g, '')) * 100 + Number(match[2] ?? 0);
}

/** So'm as the sandboxes and the SMS write them ("27 395 001,50", "15 000,00", "15 000"), in tiyin. */
function tiyinOfSom(text) {
  const match = /^([\d\s]+?)(?:,(\d{2}))?(?:\s*so'm)?$/.exec(text.trim());
  assert.ok(match, `not an amount in so'm: "${text}"`);
  return Number(match[1].replace(/\D/g, '')) * 100 + Number(match[2] ?? 0);
}

/**
 * One shopper's browser on a 360 px phone, in English, and the steps every journey shares. `pick` chooses the journey's
 * product from `productsInStock()`.
 */
function journey(firstName, pick) {
  const shopper = newShopper(firstName);
  const seen = new Set();
  const state = { shopper, seen };
  let browser;

  before(async () => {
    ({ product: state.product, variant: state.variant } = pick(await productsInStock()));
    state.shop = await shopOrigin();
    browser = await openBrowser({ viewport: { width: 360, height: 780 } });
    state.page = browser.page;
    await state.page.addInitScript(() => localStorage.setItem('ultramarket.language', 'en'));
    for (const message of await smsTo(shopper.phone, seen)) seen.add(message.id);
  });

  after(async () => {
    await browser?.close();
  });

  const byTestId = (id) => state.page.locator(`[data-testid="${id}"]`);
  const isApiPath = (path, method = undefined) => (response) =>
    new URL(response.url()).pathname === path && (method === undefined || response.request().method() === method);
  /** The answer to the sandbox's form for `step` of this checkout (`card`, `code`, `cancel`). */
  const sandboxPost = (step) => (response) =>
    response.url() === `${state.sandboxPage}/${step}` && response.request().method() === 'POST';
  /** Waits until the header's badge counts `n` items (no badge: 0). */
  const headerCounts = (n) =>
    state.page.waitForFunction(
      (want) => (document.querySelector('[data-testid="cart-count"]')?.getAttribute('data-count') ?? '0') === want,
      String(n),
    );
  async function assertNoOverflow(what) {
    const overflow = await horizontalOverflow(state.page);
    assert.ok(overflow <= 0, `${what} is ${overflow}px wider than a 360px phone`);
  }

  async function signUp() {
    const { page } = state;
    await page.goto(`${state.shop}/signup`);
    await page.getByLabel('Phone number').fill(shopper.phone);
    await page.getByLabel('Your name').fill(shopper.name);
    await byTestId('submit').click();
    await byTestId('code-sent').waitFor();
    await page.getByLabel('Code from the SMS').fill(await nextCode(shopper.phone, seen));
    await byTestId('submit').click();
    await page.waitForURL((url) => url.pathname === '/account');
    assert.equal(await byTestId('account-button').getAttribute('aria-label'), `Account: ${shopper.name}`);
  }

  async function addToCart() {
    const { page, product, variant } = state;
    await page.goto(`${state.shop}/p/${product.slug}?sku=${encodeURIComponent(variant.code)}`);
    await page.locator(`[data-testid="variant-summary"][data-sku="${variant.code}"]`).waitFor();
    const [add] = await Promise.all([
      page.waitForResponse(isApiPath('/api/cart/items', 'POST')),
      byTestId('add-to-cart-button').click(),
    ]);
    assert.equal(add.status(), 200);
    await byTestId('added-to-cart').waitFor();
    await headerCounts(1);
  }

  /**
   * From the cart, checks out to a new address in Samarkand region by courier, paying with `provider`: the order is
   * placed awaiting payment, the shop answers a link to the provider's page, and the window goes there. Sets
   * `state.number`, `state.total`, `state.link` (the provider's address), `state.returnUrl`.
   */
  async function checkOut(provider) {
    const { page, shop, variant } = state;
    await byTestId('cart-link').click();
    await page.waitForURL((url) => url.pathname === '/cart');
    await byTestId('checkout').click();
    await page.waitForURL((url) => url.pathname === '/checkout');
    await byTestId('checkout-form').waitFor();
    const subtotal = tiyinOf(await byTestId('checkout-subtotal').innerText());
    assert.equal(subtotal, variant.price);

    await byTestId('checkout-new-address').waitFor();
    const [optionsAnswer] = await Promise.all([
      page.waitForResponse(
        (response) =>
          isApiPath('/api/delivery/options')(response) &&
          new URL(response.url()).searchParams.get('region') === 'UZ-SA',
      ),
      page.getByLabel('Region').selectOption('UZ-SA'),
    ]);
    assert.equal(optionsAnswer.status(), 200);
    const courier = (await optionsAnswer.json()).options.find((option) => option.method === 'courier');
    assert.ok(courier, 'Samarkand region offers courier delivery');
    await page.getByLabel('District or city').fill('Samarqand shahri');
    await page.getByLabel('Street, house and flat').fill(shopper.street);
    await byTestId('delivery-courier').click();
    await byTestId(`payment-${provider}`).click();
    assert.ok(await byTestId(`payment-${provider}`).locator('input').isChecked());
    const total = tiyinOf(await byTestId('checkout-total').innerText());
    assert.equal(total, subtotal + (courier.free ? 0 : courier.fee));
    await assertNoOverflow(`checkout with ${provider}`);

    // The order's answer is read as it comes; the link's cannot be (the window leaves for the provider's page at once):
    // where the window goes is the link.
    const [placed, linked, leaving] = await Promise.all([
      page
        .waitForResponse(isApiPath('/api/checkout', 'POST'))
        .then((response) => response.json().then((body) => ({ response, body }))),
      page.waitForResponse(
        (response) =>
          /^\/api\/orders\/[^/]+\/payment$/.test(new URL(response.url()).pathname) &&
          response.request().method() === 'POST',
      ),
      page.waitForRequest(
        (request) =>
          request.isNavigationRequest() &&
          request.frame() === page.mainFrame() &&
          new URL(request.url()).pathname.startsWith(`/_local/${provider}/`),
      ),
      byTestId('place-order').click(),
    ]);
    assert.equal(placed.response.status(), 201, JSON.stringify(placed.body));
    assert.equal(placed.response.request().postDataJSON().paymentMethod, provider);
    const order = placed.body;
    assert.ok(order.number, 'the order has a number');
    assert.equal(order.status, 'PENDING_PAYMENT');
    assert.equal(order.paymentMethod, provider);
    assert.equal(order.total, total);

    assert.equal(new URL(linked.url()).pathname, `/api/orders/${encodeURIComponent(order.number)}/payment`);
    assert.equal(linked.status(), 200);
    assert.deepEqual(linked.request().postDataJSON(), { provider });
    const headers = await linked.request().allHeaders();
    assert.match(headers['idempotency-key'] ?? '', uuid);
    assert.match(headers['authorization'] ?? '', /^Bearer /);

    state.number = order.number;
    state.total = order.total;
    state.link = leaving.url();
    state.returnUrl = `${shop}/orders/${encodeURIComponent(order.number)}/payment`;
  }

  /** Back from the provider (its page returns by itself after a second) on the shop's payment page, in `want` state. */
  async function backOnPaymentPage(want) {
    const { page, shop, number } = state;
    const path = `/orders/${encodeURIComponent(number)}/payment`;
    await page.waitForURL((url) => url.origin === shop && url.pathname === path);
    // The page reads the order every 2 s until the payment's outcome is known.
    await page.locator(`[data-testid="payment-page"][data-state="${want}"]`).waitFor();
    const inPage = (id) => page.locator(`[data-testid="payment-page"] [data-testid="${id}"]`);
    assert.equal(await inPage('page-title').innerText(), `Payment for order ${number}`);
    assert.equal(await inPage('payment-method').innerText(), state.provider === 'payme' ? 'Payme' : 'Click');
    assert.equal(tiyinOf(await inPage('payment-total').innerText()), state.total);
  }

  /** The order's status badge on the payment page. */
  const paymentStatus = () => state.page.locator('[data-testid="payment-page"] [data-testid="order-status"]');

  /** The ORDER_PAID SMS in English: "UltraMarket: payment of <so'm> UZS for order <number> received." */
  async function paidSms() {
    const { number } = state;
    const pattern = new RegExp(
      `^UltraMarket: payment of ([\\d ]+(?:,\\d{2})?) UZS for order ${escapeRegExp(number)} received\\.$`,
    );
    const sms = await smsMatching(shopper.phone, seen, pattern);
    assert.equal(tiyinOfSom(pattern.exec(sms.message)[1]), state.total, sms.message);
    const again = (await smsTo(shopper.phone, seen)).filter((message) => pattern.test(message.message));
    assert.equal(again.length, 1, `told once: ${JSON.stringify(again.map((message) => message.message))}`);
  }

  /** The Payme sandbox's card page for the order, as the shop's link opened it; checks the link first. */
  async function onPaymePage() {
    const { page, shop, number, total, link, returnUrl } = state;
    const url = new URL(link);
    assert.equal(url.origin, shop);
    const base64 = url.pathname.replace(/^\/_local\/payme\//, '');
    assert.notEqual(base64, url.pathname, `not a Payme sandbox link: ${link}`);
    const params = Object.fromEntries(
      Buffer.from(decodeURIComponent(base64), 'base64')
        .toString('utf8')
        .split(';')
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    );
    const { payme } = await getJson('/_local/providers.json');
    assert.deepEqual(params, { m: payme.merchantId, 'ac.order_id': number, a: String(total), l: 'en', c: returnUrl });

    // The link checks the order with the shop (CheckPerformTransaction), then shows the card form.
    await page.waitForURL((u) => u.origin === shop && u.pathname.startsWith('/_local/payme/pay/'));
    state.sandboxPage = page.url();
    assert.equal(await page.locator('#order').innerText(), number);
    assert.equal(tiyinOfSom(await page.locator('#amount').innerText()), total);
    assert.equal(await page.getByLabel('Card number').inputValue(), PAYME_CARD, 'the test card is filled in');
  }

  /** The calls of the Payme sandbox for this order: the one naming it, then those naming its Payme transaction. */
  async function paymeCalls() {
    const { number } = state;
    const namesOrder = (call) => call.provider === 'payme' && call.request.includes(`"order_id":"${number}"`);
    const created = (await providerCalls(namesOrder)).find((call) => call.method === 'CreateTransaction');
    const id = created && JSON.parse(created.request).params.id;
    return providerCalls((call) => namesOrder(call) || (id && call.request.includes(`"id":"${id}"`)));
  }

  return {
    state,
    byTestId,
    sandboxPost,
    assertNoOverflow,
    signUp,
    addToCart,
    checkOut,
    backOnPaymentPage,
    paymentStatus,
    paidSms,
    onPaymePage,
    paymeCalls,
  };
}

describe('paying with Payme', () => {
  const j = journey('Dilnoza', (products) => products.at(-3));
  j.state.provider = 'payme';

  test('signs up with a fresh number and puts a product in stock in the cart', async () => {
    await j.signUp();
    await j.addToCart();
  });

  test('checks out paying with Payme and lands on the Payme sandbox’s card page for the order', async () => {
    await j.checkOut('payme');
    await j.onPaymePage();
  });

  test('pays with the test card and the SMS code 666666', async () => {
    const { page, returnUrl } = j.state;
    await page.getByLabel('Card number').fill(PAYME_CARD);
    await page.getByLabel('Expiry (MM/YY)').fill(PAYME_EXPIRY);
    await page.getByRole('button', { name: 'Pay', exact: true }).click();
    await page.getByLabel('SMS code').waitFor();
    await page.getByLabel('SMS code').fill(PAYME_CODE);
    const [outcome] = await Promise.all([
      page.waitForResponse(j.sandboxPost('code')),
      page.getByRole('button', { name: 'Confirm', exact: true }).click(),
    ]);
    assert.equal(outcome.status(), 200);
    assert.equal(outcome.headers()['x-local-payment-outcome'], 'paid');
    assert.equal(outcome.headers()['x-local-return-url'], returnUrl);
  });

  test('comes back to the shop’s payment page, which shows the order paid', async () => {
    await j.backOnPaymentPage('paid');
    const paid = j.byTestId('payment-paid');
    assert.match(await paid.innerText(), /Payment received\. Thank you!/);
    assert.match(await paid.innerText(), new RegExp(`Order ${escapeRegExp(j.state.number)} is paid\\.`));
    assert.equal(await j.paymentStatus().getAttribute('data-status'), 'PAID');
    assert.equal(await j.paymentStatus().innerText(), 'Paid');
    assert.equal(await j.byTestId('pay-choices').count(), 0, 'nothing left to pay');
    await j.assertNoOverflow('the paid order’s payment page');
  });

  test('the sandbox made Payme’s calls to the shop, each repeat answered alike', async () => {
    const calls = await j.paymeCalls();
    assert.deepEqual(
      calls.map((call) => call.method),
      ['CheckPerformTransaction', 'CreateTransaction', 'CreateTransaction', 'PerformTransaction', 'PerformTransaction'],
    );
    for (const call of calls) {
      assert.equal(call.status, 200, `${call.method}: ${call.failure ?? call.reply}`);
      assert.equal(JSON.parse(call.reply).error, undefined, `${call.method}: ${call.reply}`);
      assert.notEqual(call.identicalToFirst, false, `the repeated ${call.method} was answered differently`);
    }
    assert.equal(JSON.parse(calls.at(-1).reply).result.state, 2, 'performed');
  });

  test('the SMS says the payment was received', async () => {
    await j.paidSms();
  });
});

describe('paying with Click', () => {
  const j = journey('Jasur', (products) => products.at(-2));
  j.state.provider = 'click';

  test('signs up with a fresh number and puts a product in stock in the cart', async () => {
    await j.signUp();
    await j.addToCart();
  });

  test('checks out paying with Click and lands on the Click sandbox’s page for the order', async () => {
    await j.checkOut('click');
    const { page, shop, number, total, link, returnUrl } = j.state;
    const url = new URL(link);
    assert.equal(url.origin + url.pathname, `${shop}/_local/click/services/pay`);
    const { click } = await getJson('/_local/providers.json');
    assert.equal(url.searchParams.get('service_id'), click.serviceId);
    assert.equal(url.searchParams.get('merchant_id'), click.merchantId);
    assert.equal(url.searchParams.get('transaction_param'), number);
    assert.match(url.searchParams.get('amount'), /^\d+\.\d{2}$/);
    assert.equal(Math.round(Number(url.searchParams.get('amount')) * 100), total);
    assert.equal(url.searchParams.get('return_url'), returnUrl);

    await page.waitForURL((u) => u.origin === shop && u.pathname.startsWith('/_local/click/pay/'));
    j.state.sandboxPage = page.url();
    assert.equal(await page.locator('#order').innerText(), number);
    assert.equal(tiyinOfSom(await page.locator('#amount').innerText()), total);
  });

  test('pays with a card', async () => {
    const { page, returnUrl } = j.state;
    await page.getByLabel('Card number').fill('8600 1234 5678 9012');
    const [outcome] = await Promise.all([
      page.waitForResponse(j.sandboxPost('card')),
      page.getByRole('button', { name: 'Pay', exact: true }).click(),
    ]);
    assert.equal(outcome.status(), 200);
    assert.equal(outcome.headers()['x-local-payment-outcome'], 'paid');
    assert.equal(outcome.headers()['x-local-return-url'], returnUrl);
  });

  test('comes back to the shop’s payment page, which shows the order paid', async () => {
    await j.backOnPaymentPage('paid');
    const paid = j.byTestId('payment-paid');
    assert.match(await paid.innerText(), /Payment received\. Thank you!/);
    assert.equal(await j.paymentStatus().getAttribute('data-status'), 'PAID');
    assert.equal(await j.paymentStatus().innerText(), 'Paid');
    await j.assertNoOverflow('the paid order’s payment page');
  });

  test('the sandbox sent Click’s Prepare and Complete, both accepted', async () => {
    const { number } = j.state;
    const calls = await providerCalls(
      (call) => call.provider === 'click' && call.request.includes(`merchant_trans_id=${encodeURIComponent(number)}&`),
    );
    assert.deepEqual(
      calls.map((call) => call.method),
      ['prepare', 'complete'],
    );
    for (const call of calls) {
      assert.equal(call.status, 200, `${call.method}: ${call.failure ?? call.reply}`);
      assert.equal(Number(JSON.parse(call.reply).error), 0, `${call.method}: ${call.reply}`);
    }
  });

  test('the SMS says the payment was received', async () => {
    await j.paidSms();
  });
});

describe('cancelling in the Payme sandbox', () => {
  const j = journey('Shahnoza', (products) => products.at(-1));
  j.state.provider = 'payme';
  /** How many of the journey's variant could be sold before its order. */
  let sellableBefore;

  test('signs up with a fresh number and puts a product in stock in the cart', async () => {
    await j.signUp();
    sellableBefore = await sellable(j.state.variant.code);
    await j.addToCart();
  });

  test('checks out paying with Payme: the order holds a unit, and the Payme sandbox’s card page opens', async () => {
    await j.checkOut('payme');
    assert.equal(await sellable(j.state.variant.code), sellableBefore - 1, 'the order holds the unit it ordered');
    await j.onPaymePage();
  });

  test('presses “Cancel” in the Payme sandbox', async () => {
    const { page, returnUrl } = j.state;
    const [outcome] = await Promise.all([
      page.waitForResponse(j.sandboxPost('cancel')),
      page.getByRole('button', { name: 'Cancel', exact: true }).click(),
    ]);
    assert.equal(outcome.status(), 200);
    assert.equal(outcome.headers()['x-local-payment-outcome'], 'cancelled');
    assert.equal(outcome.headers()['x-local-return-url'], returnUrl);
  });

  test('comes back to the shop’s payment page, which shows the order cancelled', async () => {
    await j.backOnPaymentPage('failed');
    const failed = j.byTestId('payment-failed');
    assert.match(await failed.innerText(), /The payment did not go through, so the order is cancelled\./);
    assert.equal(await j.paymentStatus().getAttribute('data-status'), 'CANCELLED');
    assert.equal(await j.paymentStatus().innerText(), 'Cancelled');
    await j.byTestId('payment-retry').waitFor();
    await j.assertNoOverflow('the cancelled order’s payment page');
  });

  test('the sandbox created the transaction and cancelled it (reason 3)', async () => {
    const calls = await j.paymeCalls();
    assert.deepEqual(
      calls.map((call) => call.method),
      ['CheckPerformTransaction', 'CreateTransaction', 'CreateTransaction', 'CancelTransaction', 'CancelTransaction'],
    );
    for (const call of calls) {
      assert.equal(call.status, 200, `${call.method}: ${call.failure ?? call.reply}`);
      assert.equal(JSON.parse(call.reply).error, undefined, `${call.method}: ${call.reply}`);
    }
    assert.equal(JSON.parse(calls.at(-1).request).params.reason, 3);
    assert.equal(JSON.parse(calls.at(-1).reply).result.state, -1, 'cancelled before it was performed');
  });

  test('finds the order under “My orders”, cancelled', async () => {
    const { page, number } = j.state;
    await j.byTestId('account-button').click();
    await j.byTestId('orders-menu-link').click();
    await page.waitForURL((url) => url.pathname === '/orders');
    const row = page.locator(`[data-testid="order-row"][data-number="${number}"]`);
    await row.waitFor();
    const status = row.locator('[data-testid="order-status"]');
    assert.equal(await status.getAttribute('data-status'), 'CANCELLED');
    assert.equal(await status.innerText(), 'Cancelled');
    await j.assertNoOverflow('my orders');
  });

  test('the unit the order held can be sold again', async () => {
    assert.equal(await sellableBecomes(j.state.variant.code, sellableBefore), sellableBefore);
  });
});
