// End-to-end check of the status page against a running stack: BASE_URL (default http://localhost:3000)
// must serve the built app with SPA fallback and GET /api/health.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, horizontalOverflow, openBrowser } from './browser.mjs';

const components = ['dynamodb', 'postgresql', 'sns', 'sqs'];

const expected = {
  uz: {
    title: 'Tizim holati',
    home: 'Bosh sahifa',
    allUp: 'Barcha tizimlar ishlamoqda',
    someDown: 'Ba’zi tizimlar ishlamayapti: ',
    up: 'Ishlamoqda',
    down: 'Ishlamayapti',
    checkedAt: 'Toshkent vaqti',
    labels: {
      dynamodb: 'DynamoDB ma’lumotlar bazasi',
      postgresql: 'PostgreSQL ma’lumotlar bazasi',
      sns: 'Bildirishnomalar (SNS)',
      sqs: 'Xabarlar navbati (SQS)',
    },
  },
  ru: {
    title: 'Состояние системы',
    home: 'Главная',
    allUp: 'Все системы работают',
    someDown: 'Некоторые системы не работают: ',
    up: 'Работает',
    down: 'Не работает',
    checkedAt: 'по ташкентскому времени',
    labels: {
      dynamodb: 'База данных DynamoDB',
      postgresql: 'База данных PostgreSQL',
      sns: 'Уведомления (SNS)',
      sqs: 'Очередь сообщений (SQS)',
    },
  },
  en: {
    title: 'System status',
    home: 'Home',
    allUp: 'All systems are working',
    someDown: 'Some systems are down: ',
    up: 'Working',
    down: 'Down',
    checkedAt: 'Tashkent time',
    labels: {
      dynamodb: 'DynamoDB database',
      postgresql: 'PostgreSQL database',
      sns: 'Notifications (SNS)',
      sqs: 'Message queue (SQS)',
    },
  },
};

let browser;
let page;

// A small phone: the layout is mobile-first.
before(async () => {
  browser = await openBrowser({ viewport: { width: 360, height: 780 } });
  page = browser.page;
});

after(async () => {
  await browser?.close();
});

const byTestId = (id) => page.locator(`[data-testid="${id}"]`);

async function waitForText(testId, text) {
  await page.waitForFunction(
    ([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === want,
    [testId, text],
  );
}

/** Asserts everything visible on the loaded status page is in `lang`. */
async function assertStatusPageIn(lang) {
  const words = expected[lang];
  await waitForText('page-title', words.title);
  assert.equal(await page.getAttribute('html', 'lang'), lang);
  assert.equal(await byTestId(`lang-${lang}`).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByRole('link', { name: words.home, exact: true }).count(), 1);

  for (const component of components) {
    const row = byTestId(`status-row-${component}`);
    await row.waitFor();
    const state = await row.getAttribute('data-status');
    assert.ok(state === 'up' || state === 'down', `${component} state: ${state}`);
    const text = await row.innerText();
    assert.ok(text.includes(words.labels[component]), `${component} row in ${lang}: ${text}`);
    assert.ok(text.includes(words[state]), `${component} badge in ${lang}: ${text}`);
  }

  const overall = byTestId('status-overall');
  const overallText = await overall.innerText();
  if ((await overall.getAttribute('data-status')) === 'up') {
    assert.equal(overallText, words.allUp);
  } else {
    assert.ok(overallText.startsWith(words.someDown), `overall in ${lang}: ${overallText}`);
  }
  assert.ok((await byTestId('status-checked-at').innerText()).includes(words.checkedAt));

  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than a 360px phone`);
}

test('status page opens in Uzbek with a row per component', async () => {
  await page.goto(`${baseUrl}/status`);
  await byTestId('status-page').waitFor();
  await assertStatusPageIn('uz');
});

test('the switch changes the page to Russian, and requests ask for Russian', async () => {
  await byTestId('lang-ru').click();
  await assertStatusPageIn('ru');

  const [request] = await Promise.all([
    page.waitForRequest((req) => new URL(req.url()).pathname === '/api/health'),
    page.getByRole('button', { name: 'Проверить снова' }).click(),
  ]);
  assert.equal(request.headers()['accept-language'], 'ru');
  await page.locator('[data-testid="status-page"][aria-busy="false"]').waitFor();
  await assertStatusPageIn('ru');
});

test('the switch changes the page to English', async () => {
  await byTestId('lang-en').click();
  await assertStatusPageIn('en');
});

test('reloading keeps the chosen language', async () => {
  await page.reload();
  await byTestId('status-overall').waitFor();
  await assertStatusPageIn('en');
});

test('an unknown path shows the translated "page not found"', async () => {
  await page.goto(`${baseUrl}/no/such/page`);
  await waitForText('page-title', 'Page not found');
});
