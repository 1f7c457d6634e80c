/**
 * A browser set to French (fr-CA), with no language chosen in the settings:
 * the options page, the popup, the in-page panel and the confirm dialog all
 * speak French, and dates and numbers follow the French locale. Its own
 * browser, since the language is the browser's.
 */
import type { BrowserContext } from '@playwright/test';
import { CHROME_EXTENSION_ID } from '../../src/policy/ids';
import { launch } from './browser';
import { CASES } from './cases';
import { expect, openPlayground, test, type Playground } from './fixtures';
import { clickUi, setSettings, uiText, waitForStatus } from './guard-helpers';

let context: BrowserContext;

test.beforeAll(async () => {
  context = await launch({ extension: true, locale: 'fr-CA' });
});

test.afterAll(async () => {
  await context.close();
});

test('the options page and the popup follow the browser: French', async ({ playground }) => {
  test.setTimeout(60_000);
  await setSettings(context, { profile: 'lawyer' });
  const page = await context.newPage();
  expect(await page.evaluate(() => navigator.language)).toMatch(/^fr/);
  await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 2, name: 'Général' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'General' })).toHaveCount(0);

  const site = await context.newPage();
  await openPlayground(site, playground as Playground, CASES['whatsapp'].page);
  await waitForStatus(site, (s) => s.active, 'guard active');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html`);
  await expect(popup.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(popup.getByRole('link', { name: 'Ouvrir le journal' })).toBeVisible();
  await expect(popup.getByText('Pause for 15 minutes')).toHaveCount(0);
  // The status helpers find a tab by its address: leave no other playground tab open for the next test.
  for (const p of [popup, site, page]) await p.close();
});

test('the panel and the confirm dialog speak French on a French browser', async ({ playground }) => {
  test.setTimeout(60_000);
  await setSettings(context, { profile: 'lawyer' });
  const wa = CASES['whatsapp'];
  const page = await context.newPage();
  await openPlayground(page, playground as Playground, wa.page);
  await waitForStatus(page, (s) => s.active, 'guard active');
  await page.locator(wa.compose).click();
  await page.keyboard.type('Vous pouvez résilier le bail sans pénalité.');
  await waitForStatus(page, (s) => s.findings.some((f) => f.ruleId === 'legal-advice'), 'legal advice found');
  await clickUi(page, /^Prudence/);
  await expect.poll(() => uiText(page)).toContain('Client, mandat signé');
  const panel = await uiText(page);
  expect(panel).toMatch(/risques? relevés?|risque/);
  expect(panel).not.toContain('Client, mandate signed');
  expect(panel).toContain('Enregistrer en texte');
  await clickUi(page, /^Fermer/);
  // The send is held: the dialog asks in French.
  await page.locator(wa.compose).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect.poll(() => uiText(page)).toContain('Modifier le brouillon');
  expect(await uiText(page)).not.toContain('Edit draft');
});
