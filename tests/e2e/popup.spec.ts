/**
 * The toolbar popup, opened as a page for a given tab (?tab=<id>): what the
 * guard does there, the profile and policy, and a pause that switches the
 * guard off in that tab until the user resumes; the journal's figures for
 * today and this week, and the links to the options page and its journal.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { launch } from './browser';
import { CASES } from './cases';
import { expect, openPlayground, test, type Playground } from './fixtures';
import { setSettings, waitForStatus } from './guard-helpers';
import { DAY_MS, writeJournal } from './journal-helpers';
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

test.describe('the journal in the popup', () => {
  test.describe.configure({ mode: 'serial' });
  // Its own browser: the counters must hold exactly what these tests write.
  let context: BrowserContext;
  test.beforeAll(async () => {
    context = await launch({ extension: true });
  });
  test.afterAll(async () => {
    await context?.close();
  });

  const sending = { site: 'whatsapp', conversation: 'marie@c.us', label: 'Marie', severity: 'block' } as const;

  test('today and this week appear once the journal has counted drafts, per rule on demand', async () => {
    await setSettings(context, { locale: 'en' });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html`);
    await expect(popup.getByTestId('today')).toHaveText('No draft warned about today.');
    await expect(popup.locator('details.by-rule')).toHaveCount(0);

    // What the guard sends: two drafts sent after a warning (one reported as a false alarm), one revised, one not sent, and one 8 days ago.
    await writeJournal(context, [
      { record: { ...sending, rules: ['legal-advice', 'no-mandate'], decision: 'sent-anyway' } },
      { tally: { rules: ['legal-advice'], decision: 'revised' } },
      { tally: { rules: ['personal-data'], decision: 'cancelled' } },
      { record: { ...sending, rules: ['hostile-tone'], severity: 'warn', decision: 'false-alarm' } },
      { record: { ...sending, rules: ['legal-advice'], decision: 'sent-after-warning', time: Date.now() - 8 * DAY_MS } },
    ]);
    await popup.reload();
    await expect(popup.getByTestId('today')).toHaveText('4 drafts warned about today.');
    const week = popup.getByTestId('week');
    const figure = (name: string) => week.locator('div').filter({ has: popup.locator('dt', { hasText: name }) }).locator('dd');
    await expect(figure('Warned about')).toHaveText('4');
    await expect(figure('Revised')).toHaveText('1');
    await expect(figure('Not sent')).toHaveText('1');
    await expect(figure('Sent anyway')).toHaveText('2');
    await expect(popup.getByText('Of those sent, 1 was reported as a false alarm.')).toBeVisible();

    // The breakdown per rule opens from the keyboard.
    const summary = popup.locator('details.by-rule > summary');
    await expect(summary).toHaveText('By rule');
    const table = popup.locator('details.by-rule table');
    await expect(table).toBeHidden();
    await summary.focus();
    await popup.keyboard.press('Enter');
    await expect(table).toBeVisible();
    const rule = (id: string) => table.locator(`tr[data-rule="${id}"]`).locator('th, td');
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table.locator('tbody tr').first()).toHaveAttribute('data-rule', 'legal-advice');
    await expect(rule('legal-advice')).toHaveText(['Legal advice by text', '2', '1', '0', '1']);
    await expect(rule('personal-data')).toHaveText(['Personal data', '1', '0', '1', '0']);
    await expect(rule('hostile-tone')).toHaveText(['Hostile tone', '1', '0', '0', '1']);

    // In French, with French number formats and plurals.
    await setSettings(context, { locale: 'fr' });
    await popup.reload();
    await expect(popup.getByTestId('today')).toHaveText('4 brouillons signalés aujourd’hui.');
    await expect(popup.getByRole('link', { name: 'Ouvrir le journal' })).toBeVisible();
    await popup.close();
  });

  test('the links open the options page, and its journal with the focus on it', async () => {
    await setSettings(context, { locale: 'en' });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html`);

    const link = popup.getByRole('link', { name: 'Open the journal' });
    await expect(link).toHaveAttribute('href', `chrome-extension://${CHROME_EXTENSION_ID}/options.html#journal`);
    await link.focus();
    const [journalPage] = await Promise.all([context.waitForEvent('page'), popup.keyboard.press('Enter')]);
    await journalPage.waitForLoadState();
    expect(journalPage.url()).toBe(`chrome-extension://${CHROME_EXTENSION_ID}/options.html#journal`);
    const heading = journalPage.getByRole('heading', { level: 2, name: 'Journal' });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(journalPage.getByTestId('journal-count')).toHaveText('3 records.');
    await journalPage.close();

    const [settingsPage] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Settings' }).click()]);
    await settingsPage.waitForLoadState();
    expect(settingsPage.url()).toBe(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
    await expect(settingsPage.getByRole('heading', { level: 1 })).toHaveText('Prudence settings');
    await settingsPage.close();
    await popup.close();
  });
});
