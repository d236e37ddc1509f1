// End-to-end journey through the accounts pages against a running stack (BASE_URL): sign up with a fresh random
// Uzbek number, reading the SMS code from the local outbox (/_local/outbox.json), add an address, reload (still signed
// in), sign out, sign in again with a code and find the address. Every run uses its own number, so it depends on no
// other test and no earlier run.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { baseUrl, horizontalOverflow, openBrowser } from './browser.mjs';
import { nextCode, smsTo } from './outbox.mjs';

// +998 90 xxx xx xx: a number the Eskiz sandbox delivers (numbers starting 99800 are undeliverable there).
const digits = String(randomInt(0, 10_000_000)).padStart(7, '0');
const phone = `+99890${digits}`;
const typed = `90 ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`; // as people type it
const name = `Dilnoza ${digits}`;
const street = `Bunyodkor ko‘chasi ${Number(digits.slice(0, 3)) + 1}, ${Number(digits.slice(3, 5)) + 1}-xonadon`;

describe('accounts', () => {
  let browser;
  let page;
  const seen = new Set();

  before(async () => {
    browser = await openBrowser({ viewport: { width: 360, height: 780 } });
    page = browser.page;
    await page.addInitScript(() => localStorage.setItem('ultramarket.language', 'en'));
    for (const message of await smsTo(phone, seen)) seen.add(message.id);
  });

  after(async () => {
    await browser?.close();
  });

  const byTestId = (id) => page.locator(`[data-testid="${id}"]`);
  const pathname = () => new URL(page.url()).pathname;
  async function assertNoOverflow(what) {
    const overflow = await horizontalOverflow(page);
    assert.ok(overflow <= 0, `${what} is ${overflow}px wider than a 360px phone`);
  }
  /** Nothing a script can read holds the access token (a JWT starts "eyJ"). */
  async function assertNoTokenInStorage() {
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    assert.ok(!stored.includes('eyJ'), `a token is readable by scripts: ${stored}`);
  }

  test('an account page sends a guest to sign-in, and sign-up starts from there', async () => {
    await page.goto(`${baseUrl}/account/addresses`);
    await page.waitForURL((url) => url.pathname === '/signin');
    assert.equal(new URL(page.url()).searchParams.get('next'), '/account/addresses');
    await byTestId('to-signup').click();
    await page.waitForURL((url) => url.pathname === '/signup');
    await assertNoOverflow('the sign-up page');
  });

  test('a number of another country is refused next to the field', async () => {
    await page.getByLabel('Phone number').fill('+7 912 555 12 34');
    await page.getByLabel('Your name').fill(name);
    await byTestId('submit').click();
    const error = byTestId('phone-error');
    await error.waitFor();
    assert.match(await error.innerText(), /Uzbek number/);
    assert.equal(await page.getByLabel('Phone number').getAttribute('aria-invalid'), 'true');
    assert.match(await page.getByLabel('Phone number').getAttribute('aria-describedby'), /phone-error/);
  });

  test('signs up with a fresh number and the code from the SMS', async () => {
    await page.getByLabel('Phone number').fill(typed);
    await page.getByLabel('Your name').click(); // leaving the field tidies the number
    assert.equal(await page.getByLabel('Phone number').inputValue(), `+998 ${typed}`);
    await byTestId('submit').click();
    await byTestId('code-sent').waitFor();
    assert.match(await byTestId('code-sent').innerText(), /\+99890\*\*\*\*\*/);
    assert.match(await byTestId('resend-wait').innerText(), /\b[01]:[0-5]\d\b/);
    // The code field has the focus: type straight in.
    await page.keyboard.type(await nextCode(phone, seen));
    await byTestId('submit').click();

    // Back where sign-in was asked for, signed in.
    await page.waitForURL((url) => url.pathname === '/account/addresses');
    await byTestId('addresses-empty').waitFor();
    assert.equal(await byTestId('account-button').getAttribute('aria-label'), `Account: ${name}`);
    await assertNoTokenInStorage();
  });

  test('adds an address with a region in the shopper’s language', async () => {
    await byTestId('address-add').click();
    const region = page.getByLabel('Region');
    assert.equal(await region.locator('option').count(), 15); // "Choose a region" and the 14
    await region.selectOption({ label: 'Samarkand region' });
    await page.getByLabel('District or city').fill('Samarqand shahri');
    await page.getByLabel('Street, house and flat').fill(street);
    await page.getByLabel('Landmark (optional)').fill('Registon yonida');
    assert.equal(await page.getByLabel('Recipient’s phone').inputValue(), phone);
    await byTestId('address-save').click();

    const card = byTestId('address-card').filter({ hasText: street });
    await card.waitFor();
    assert.match(await card.innerText(), /Samarkand region, Samarqand shahri/);
    await assertNoOverflow('the address book');
  });

  test('a reload keeps the session (the refresh cookie), never a stored token', async () => {
    await page.reload();
    await byTestId('address-card').filter({ hasText: street }).waitFor();
    assert.equal(pathname(), '/account/addresses');
    await assertNoTokenInStorage();
  });

  test('two tabs loading together both come up signed in, and the session survives them', async () => {
    // Both tabs present the refresh cookie on load; were they to send the same token at once, the server would take it
    // for theft and end the session. (Whether the loads overlap is up to the machine; sessionKeeper.test.ts proves the
    // one-at-a-time refresh itself.)
    const other = await browser.context.newPage();
    try {
      const refreshes = [];
      for (const tab of [page, other]) {
        tab.on('response', (response) => {
          if (new URL(response.url()).pathname === '/api/auth/refresh') refreshes.push(response.status());
        });
      }
      await Promise.all([page.reload(), other.goto(`${baseUrl}/account`)]);
      await Promise.all([byTestId('account-button').waitFor(), other.locator('[data-testid="account-button"]').waitFor()]);
      assert.ok(refreshes.length >= 1 && refreshes.every((status) => status === 200), `refreshes: ${refreshes}`);
      // The session lives on: one more load still finds it.
      await page.reload();
      await byTestId('address-card').filter({ hasText: street }).waitFor();
    } finally {
      await other.close();
    }
  });

  test('signs out from the header menu', async () => {
    await byTestId('account-button').click();
    await byTestId('signout').click();
    await byTestId('signin-link').waitFor();
    await page.waitForURL((url) => url.pathname === '/signin');
    // The session is over on the server too: a reload stays signed out.
    await page.goto(`${baseUrl}/account/addresses`);
    await page.waitForURL((url) => url.pathname === '/signin');
  });

  test('signs in again with a code and finds the address', async () => {
    await page.getByLabel('Phone number').fill(phone);
    await byTestId('submit').click();
    await byTestId('code-sent').waitFor();
    await page.getByLabel('Code from the SMS').fill(await nextCode(phone, seen));
    await byTestId('submit').click();
    await page.waitForURL((url) => url.pathname === '/account/addresses');
    const card = byTestId('address-card').filter({ hasText: street });
    await card.waitFor();
    assert.match(await card.innerText(), /Registon yonida/);
    assert.equal(await byTestId('account-button').getAttribute('aria-label'), `Account: ${name}`);
  });
});
