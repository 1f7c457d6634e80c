/**
 * The toolbar popup, opened as a page for a given tab (?tab=<id>): what the
 * guard does there, the profile and policy, and a pause that switches the
 * guard off in that tab until the user resumes.
 */
import type { Page } from '@playwright/test';
import { CASES } from './cases';
import { expect, openPlayground, test, type Playground } from './fixtures';
import { setSettings, waitForStatus } from './guard-helpers';
import { CHROME_EXTENSION_ID } from '../../src/policy/ids';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const wa = CASES['whatsapp'];

/**
 * The id of the tab whose content script reports `site` (null: runs there but the site is not supported).
 * Tab URLs are hidden without the "tabs" permission, which the extension does not ask for: ask each tab instead.
 */
async function tabIdOf(page: Page, site: string | null): Promise<number> {
  const context = page.context();
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = await sw.evaluate(async (want: string | null) => {
    for (const tab of await chrome.tabs.query({})) {
      try {
        const res = await chrome.tabs.sendMessage(tab.id, { type: 'prudence:status' });
        if (res && res.site === want) return tab.id as number;
      } catch {
        /* no content script in that tab */
      }
    }
    return undefined;
  }, site);
  expect(id, `a tab reporting site ${site}`).toBeDefined();
  return id as number;
}

test('on a guarded page: site, compose box, profile, no policy; pausing switches the guard off, resuming on again', async ({ page, extContext, playground }) => {
  await setSettings(extContext, { profile: 'lawyer', locale: 'en' });
  await openPlayground(page, playground as Playground, wa.page);
  await waitForStatus(page, (s) => s.active, 'guard active');
  const popup = await extContext.newPage();
  await popup.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html?tab=${await tabIdOf(page, 'whatsapp')}`);
  await expect(popup.getByRole('status')).toHaveText('Watching the message box on WhatsApp Web.');
  await expect(popup.getByText('Lawyer')).toBeVisible();
  await expect(popup.locator('dd').nth(1)).toHaveText('None');

  await popup.getByRole('button', { name: 'Pause for 15 minutes' }).click();
  await waitForStatus(page, (s) => !s.active && s.whyNot?.reason === 'paused', 'paused in the tab');
  await expect(popup.getByRole('status')).toHaveText(/^Paused until /);

  await popup.getByRole('button', { name: 'Resume now' }).click();
  await waitForStatus(page, (s) => s.active, 'active again');
  await popup.close();
});

test('on a page Prudence does not run on, it says so', async ({ page, extContext, playground }) => {
  await setSettings(extContext, { locale: 'en' });
  await page.goto(`${(playground as Playground).origin}/`);
  const popup = await extContext.newPage();
  await popup.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html?tab=${await tabIdOf(page, null)}`);
  await expect(popup.getByRole('status')).toContainText('Prudence does not run on this page');
  await popup.close();
});
