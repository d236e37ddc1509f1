// End-to-end journeys through the catalog against a running stack (BASE_URL) with the demo catalog loaded on an
// empty database. The demo catalog is deterministic (seed 998), so products, prices and stock below are fixed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseUrl, horizontalOverflow, openBrowser } from './browser.mjs';

/** Visible text with the no-break spaces of prices as plain spaces. */
const plain = (text) => text.replace(/\s+/g, ' ').trim();

describe('catalog', () => {
  let browser;
  let page;

  // A small phone: filters fold away, the header wraps, cards go two abreast.
  before(async () => {
    browser = await openBrowser({ viewport: { width: 360, height: 780 } });
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  const byTestId = (id) => page.locator(`[data-testid="${id}"]`);
  const textOf = async (id) => plain(await byTestId(id).innerText());
  const chosen = async (id) => plain(await byTestId('variant-summary').locator(`[data-testid="${id}"]`).innerText());
  const path = () => {
    const url = new URL(page.url());
    return decodeURIComponent(url.pathname + url.search);
  };
  const waitForPath = (want) => page.waitForURL((url) => decodeURIComponent(url.pathname + url.search) === want);
  /** Waits for the page's <h1> to read `want` (the address changes a moment before the page does). */
  const expectTitle = async (want) => {
    await page
      .waitForFunction((text) => document.querySelector('[data-testid="page-title"]')?.textContent === text, want)
      .catch(() => {});
    assert.equal(await textOf('page-title'), want);
  };
  // The router renders a navigation a moment after the address changes: the listing is settled when it shows the
  // answer for the address in the bar.
  const settled = () =>
    page.waitForFunction(() => {
      const listing = document.querySelector('[data-testid="listing-page"]');
      return (
        listing?.getAttribute('aria-busy') === 'false' &&
        listing.getAttribute('data-address') === new URLSearchParams(location.search).toString()
      );
    });
  const showsVariant = (sku) => page.locator(`[data-testid="variant-summary"][data-sku="${sku}"]`).waitFor();
  const cardSlugs = () => page.locator('[data-testid="product-card"]').evaluateAll((cards) => cards.map((c) => c.dataset.slug));
  const cardBrands = () =>
    page.locator('[data-testid="product-card"] p:first-child').evaluateAll((brands) => brands.map((b) => b.textContent));
  const cardPrices = async () =>
    (await page.locator('[data-testid="product-card"] [data-testid="price"]').allInnerTexts()).map((price) =>
      Number(price.replace(/\D/g, '')),
    );

  async function assertNoOverflow(what) {
    const overflow = await horizontalOverflow(page);
    assert.ok(overflow <= 0, `${what} is ${overflow}px wider than a 360px phone`);
  }

  test('search "телефон" in the header box, open a result, switch its variant', async () => {
    await page.goto(`${baseUrl}/`);
    await byTestId('category-tile').first().waitFor();
    assert.match(plain(await byTestId('category-tile').first().innerText()), /^Elektronika \d+ ta mahsulot$/);
    // The catalog's names follow the language, also for answers the browser has just seen in another one.
    await byTestId('lang-ru').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="category-tile"]')?.textContent?.startsWith('Электроника'));
    assert.match(plain(await byTestId('category-tile').first().innerText()), /^Электроника \d+ товар(а|ов)?$/);

    const box = page.getByRole('combobox', { name: 'Поиск товаров' });
    await box.fill('телефон');
    const options = page.locator('[data-testid="suggestions"] [role="option"]');
    await options.first().waitFor();
    const suggested = (await options.allInnerTexts()).map(plain);
    assert.ok(suggested.some((s) => s.startsWith('Телефоны и смартфоны')), `suggestions: ${suggested.join(' | ')}`);

    // Down highlights the first suggestion, escape closes the list, enter then searches for the text itself.
    await box.press('ArrowDown');
    assert.equal(await box.getAttribute('aria-activedescendant'), await options.first().getAttribute('id'));
    await box.press('Escape');
    await page.locator('[data-testid="suggestions"]').waitFor({ state: 'hidden' });
    await box.press('Enter');

    await waitForPath('/search?q=телефон');
    await expectTitle('Результаты поиска «телефон»');
    await settled();
    const results = await cardSlugs();
    assert.equal(results.length, 24, 'a full first page');
    assert.ok(results.includes('tecno-spark-20-pro'), `results: ${results.join(', ')}`);
    await assertNoOverflow('the search results');

    const [request] = await Promise.all([
      page.waitForRequest((req) => new URL(req.url()).pathname === '/api/products/tecno-spark-20-pro'),
      page.getByRole('link', { name: 'Смартфон Tecno Spark 20 Pro', exact: true }).click(),
    ]);
    assert.equal(request.headers()['accept-language'], 'ru');
    await waitForPath('/p/tecno-spark-20-pro');
    await showsVariant('TECN-000029-01');
    await expectTitle('Смартфон Tecno Spark 20 Pro');
    // It opens with the first variant that can be bought: black, 64 GB.
    assert.equal(await chosen('price'), '2 099 000 сум');
    assert.equal(await chosen('stock'), 'В наличии');
    assert.equal(await chosen('sku'), 'Артикул: TECN-000029-01');
    await assertNoOverflow('the product page');

    // Black 128 GB is sold out.
    await page.locator('[data-testid="option-storage_gb"] label[data-value="128"]').click();
    await waitForPath('/p/tecno-spark-20-pro?sku=TECN-000029-02');
    await showsVariant('TECN-000029-02');
    assert.equal(await chosen('price'), '2 599 000 сум');
    assert.equal(await chosen('stock'), 'Нет в наличии');
    assert.equal(await byTestId('variant-summary').locator('[data-testid="stock"]').getAttribute('data-stock'), 'out_of_stock');

    // Purple 128 GB is in stock; purple 64 GB has only a few left, black 64 GB stays available.
    await page.locator('[data-testid="option-color"] label[data-value="purple"]').click();
    await waitForPath('/p/tecno-spark-20-pro?sku=TECN-000029-04');
    await showsVariant('TECN-000029-04');
    assert.equal(await chosen('price'), '2 599 000 сум');
    assert.equal(await chosen('stock'), 'В наличии');
    await page.locator('[data-testid="option-storage_gb"] label[data-value="64"]').click();
    await waitForPath('/p/tecno-spark-20-pro?sku=TECN-000029-03');
    await showsVariant('TECN-000029-03');
    assert.equal(await chosen('price'), '2 099 000 сум');
    assert.equal(await chosen('stock'), 'Осталось мало');

    // The address carries the variant: a reload shows the same one.
    await page.reload();
    await byTestId('variant-summary').waitFor();
    assert.equal(await chosen('sku'), 'Артикул: TECN-000029-03');
    assert.equal(await page.locator('[data-testid="option-color"] input[value="purple"]').isChecked(), true);
  });

  test('a category listing keeps its filter, sort and page through reload and back', async () => {
    await page.goto(`${baseUrl}/c/smartphones`);
    await settled();
    await expectTitle('Телефоны и смартфоны');
    assert.equal(plain(await byTestId('breadcrumbs').innerText()), 'Главная › Электроника › Телефоны и смартфоны');
    assert.notDeepEqual(new Set(await cardBrands()), new Set(['Samsung']));

    // On a phone the filters are folded away behind a button.
    await byTestId('filters-toggle').click();
    await page.locator('[data-testid="facet-brand"] label', { hasText: /^Samsung\s*25$/ }).click();
    await waitForPath('/c/smartphones?brand=samsung');
    await settled();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="product-card"] p:first-child')].every((b) => b.textContent === 'Samsung'),
    );
    await assertNoOverflow('the listing with its filters open');

    await byTestId('sort').selectOption('price_asc');
    await waitForPath('/c/smartphones?brand=samsung&sort=price_asc');
    await settled();
    const prices = await cardPrices();
    assert.deepEqual(prices, [...prices].sort((a, b) => a - b), `cheapest first: ${prices.join(', ')}`);
    const firstPage = await cardSlugs();
    assert.equal(firstPage.length, 24);
    assert.deepEqual(new Set(await cardBrands()), new Set(['Samsung']));

    await page.reload();
    await settled();
    assert.deepEqual(await cardSlugs(), firstPage, 'the same products after a reload');
    assert.equal(await page.locator('[data-testid="facet-brand"] input[value="samsung"]').isChecked(), true);
    assert.equal(await byTestId('sort').inputValue(), 'price_asc');
    assert.equal(await textOf('page-number'), 'Страница 1');

    // 25 Samsung phones: the 25th is on the second page.
    await byTestId('next-page').click();
    await page.waitForURL((url) => url.searchParams.has('cursor'));
    await settled();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="product-card"]').length === 1);
    assert.equal(await textOf('page-number'), 'Страница 2');
    const secondPage = await cardSlugs();
    assert.ok(!firstPage.includes(secondPage[0]), 'the second page shows another product');
    await page.reload();
    await settled();
    assert.deepEqual(await cardSlugs(), secondPage);

    await page.goBack();
    await waitForPath('/c/smartphones?brand=samsung&sort=price_asc');
    await settled();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="product-card"]').length === 24);
    assert.deepEqual(await cardSlugs(), firstPage);
    await page.goBack();
    await waitForPath('/c/smartphones?brand=samsung');
    await page.goBack();
    await waitForPath('/c/smartphones');
  });

  test('nothing is wider than a 360px phone, in any language', async () => {
    for (const lang of ['uz', 'en', 'ru']) {
      await page.goto(`${baseUrl}/`);
      await byTestId(`lang-${lang}`).click();
      for (const [where, ready] of [
        ['/', 'category-tile'],
        ['/c/electronics', 'product-card'],
        ['/search?q=muzlatgich', 'product-card'],
        ['/p/samsung-galaxy-a05s', 'variant-summary'],
        ['/c/no-such-category', 'not-found-page'],
      ]) {
        await page.goto(`${baseUrl}${where}`);
        await byTestId(ready).first().waitFor();
        await assertNoOverflow(`${where} in ${lang}`);
      }
      assert.equal(path(), '/c/no-such-category', 'an unknown category shows "not found" where it was asked for');
    }
  });
});
