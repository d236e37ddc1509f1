// Shared by the e2e files: the local stack's outbox of SMS (/_local/outbox.json), where sign-up and sign-in codes land.
import assert from 'node:assert/strict';
import { baseUrl } from './browser.mjs';

/** The SMS sent to `phone` since `seen` (ids already read), newest first, as the local outbox lists them. */
export async function smsTo(phone, seen) {
  const response = await fetch(`${baseUrl}/_local/outbox.json?to=${encodeURIComponent(phone)}`);
  assert.equal(response.status, 200, 'GET /_local/outbox.json');
  const { sms } = await response.json();
  return sms.filter((message) => !seen.has(message.id));
}

/** Waits for a new SMS to `phone` and returns its 6-digit code (the SMS path is asynchronous: SNS → SQS → Eskiz). */
export async function nextCode(phone, seen) {
  for (let tries = 0; tries < 100; tries++) {
    const [latest] = await smsTo(phone, seen);
    if (latest) {
      seen.add(latest.id);
      const code = /\b(\d{6})\b/.exec(latest.message)?.[1];
      assert.ok(code, `no code in "${latest.message}"`);
      return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no SMS reached ${phone} within 20 s`);
}
