// Shared by the e2e files: where the stack is, and Debian's Chromium driven by playwright-core
// (Playwright's own browser download does not work on these machines).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const baseUrl = (process.env.BASE_URL || 'http://localhost:3000').replace(/\/+$/, '');

/** A fresh browser profile with one page; `close()` removes the profile again. */
export async function openBrowser({ viewport = { width: 360, height: 780 } } = {}) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'ultramarket-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium floods the closed network with refused connections.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** How many CSS pixels the page is wider than the window (0 or less: no sideways scrolling). */
export function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
