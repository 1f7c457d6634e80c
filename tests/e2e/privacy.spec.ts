/**
 * No request leaves the extension: every request made while the guard works
 * (page, service worker) goes to the local playground or stays inside the
 * browser. Network events of service workers are reported by Playwright only
 * with PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS set, so this spec
 * launches its own browser with it.
 */
import { test as base } from '@playwright/test';
import { expect, openPlayground, type Playground } from './fixtures';
import { launch } from './browser';
import { clickUi, setSettings, uiText, waitForStatus } from './guard-helpers';
// @ts-expect-error: plain ESM script without types
import { startServer } from '../../scripts/serve-playground.mjs';

base('a whole guarded session makes no request outside the local playground', async () => {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const server = (await startServer(0)) as { url: string; close(): Promise<void> };
  const origin = server.url.replace(/\/$/, '');
  const context = await launch({ extension: true });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  try {
    const playground: Playground = { origin, url: (p, path = '') => `${origin}/${p}/${path}` };
    await setSettings(context, { profile: 'lawyer' });
    const page = await context.newPage();
    await openPlayground(page, playground, 'whatsapp');
    await waitForStatus(page, (s) => s.active, 'compose box found');
    await page.locator('#main footer [data-lexical-editor="true"]').click();
    await page.keyboard.type('You should sue your landlord before the deadline.');
    await waitForStatus(page, (s) => s.badge === 'block', 'block finding');
    await page.keyboard.press('Enter');
    await expect.poll(() => uiText(page)).toMatch(/Send this message\?/);
    await clickUi(page, /Edit draft/);
    await clickUi(page, /^Prudence/);
    await clickUi(page, /Insert this reply/);
    await waitForStatus(page, (s) => s.badge === 'clean', 'reply inserted');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('chrome-extension://') && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(requests.length).toBeGreaterThan(0); // the recorder works: the page's own files were seen
    expect(outside).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
});
