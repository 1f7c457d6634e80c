/**
 * The options page in the built extension: settings written to storage.local
 * and read back, invalid input refused, a policy file imported by hand (the
 * background applies it and publishes policyState), removed, and the policy
 * in force exported. Policy text is always shown as text.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checkPolicy, type Policy } from '../../src/policy/schema';
import { expect, test } from './fixtures';
import { setSettings, storageGet } from './guard-helpers';

const XSS = '<img src=x onerror=window.__xss=1>';

/** A policy that switches a rule off, locks the profile, and names an extra site; its phrase rule's message is markup. */
const POLICY: Policy = {
  version: 1,
  profile: 'lawyer',
  locked: ['profile'],
  rules: { 'hostile-tone': { enabled: false } },
  phraseRules: [
    {
      id: 'no-guarantee',
      message: { en: `Never promise an outcome ${XSS}` },
      severity: 'warn',
      match: { en: { anyOf: ['guarantee'], noneOf: ['cannot guarantee'] } },
      examples: { flag: ['I guarantee we will win.'], pass: ['We cannot guarantee it.'] },
    },
  ],
  extraSites: ['https://helpdesk.example.com/*'],
};

// The extension APIs, inside service-worker evaluate() callbacks (typed loosely: test code only).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

declare global {
  interface Window {
    __xss?: number;
  }
}

async function openOptions(page: Page, extId: string): Promise<void> {
  await page.goto(`chrome-extension://${extId}/options.html`);
  await expect(page.getByRole('heading', { level: 2, name: 'General' })).toBeVisible();
}

async function settings(context: BrowserContext): Promise<Record<string, unknown> | undefined> {
  return (await storageGet(context, 'settings')) as Record<string, unknown> | undefined;
}

async function storageSet(context: BrowserContext, items: Record<string, unknown>): Promise<void> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(async (i) => chrome.storage.local.set(i), items);
}

/** The policy state the background publishes. */
async function policySource(context: BrowserContext): Promise<string | null> {
  const state = (await storageGet(context, 'policyState')) as { source?: string | null } | undefined;
  return state?.source ?? null;
}

function fileOf(json: unknown, name = 'policy.json') {
  return { name, mimeType: 'application/json', buffer: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json, null, 2)) };
}

/** Neither an element nor a script came out of the policy's text. */
async function expectNoMarkup(page: Page): Promise<void> {
  await expect(page.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
}

test('a setting edited on the page is stored, with the rest of the user object, and shown after reload', async ({ page, extContext, extId }) => {
  await setSettings(extContext, { future: { kept: true } });
  await openOptions(page, extId);

  const profile = page.getByLabel('Profile', { exact: true });
  await expect(profile).toHaveValue('lawyer');
  await profile.selectOption('social-care');
  await page.getByLabel('Gmail', { exact: true }).uncheck();
  await page.getByLabel('Severity of “Personal data”', { exact: true }).selectOption('block');
  const phone = page.getByLabel('Phone number', { exact: true });
  await phone.fill('+1 514 555 0100');
  await phone.press('Enter');

  await expect
    .poll(() => settings(extContext))
    .toEqual({
      future: { kept: true },
      profile: 'social-care',
      sites: { gmail: false },
      rules: { 'personal-data': { severity: 'block' } },
      placeholders: { phone: '+1 514 555 0100' },
    });

  await page.reload();
  await expect(profile).toHaveValue('social-care');
  await expect(page.locator('#opt-profile-source')).toHaveText('Your setting');
  await expect(page.getByLabel('Gmail', { exact: true })).not.toBeChecked();
  await expect(page.getByLabel('WhatsApp Web', { exact: true })).toBeChecked();
  await expect(phone).toHaveValue('+1 514 555 0100');

  // Back to the default: the user's value goes, nothing else does.
  await page.getByRole('button', { name: 'Use the default for “Profile”' }).click();
  await expect(page.locator('#opt-profile-source')).toHaveText('Default');
  await expect.poll(async () => (await settings(extContext))?.profile).toBeUndefined();
});

test('an invalid value is refused with a message and nothing is stored', async ({ page, extContext, extId }) => {
  await setSettings(extContext, { debounceMs: 100 });
  await openOptions(page, extId);

  const pause = page.getByLabel('Pause before checking (milliseconds)', { exact: true });
  await expect(pause).toHaveValue('100');
  await pause.fill('5000');
  await pause.press('Tab');
  await expect(page.locator('#opt-debounce-error')).toHaveText('Enter a whole number from 0 to 2000. Nothing was saved.');
  await expect(pause).toHaveAttribute('aria-invalid', 'true');

  const link = page.getByLabel('Booking link', { exact: true });
  await link.fill('example.com/book');
  await link.press('Enter');
  await expect(page.locator('#opt-placeholder-bookingLink-error')).toContainText('https://');
  expect(await settings(extContext)).toEqual({ debounceMs: 100 });

  await pause.fill('250');
  await pause.press('Enter');
  await expect(page.locator('#opt-debounce-error')).toHaveCount(0);
  await expect.poll(async () => (await settings(extContext))?.debounceMs).toBe(250);
});

test('an invalid policy file shows each error by its path and stores nothing', async ({ page, extContext, extId }) => {
  await setSettings(extContext, {});
  await openOptions(page, extId);

  await page.getByLabel('Policy file (JSON)', { exact: true }).setInputFiles(fileOf({ version: 1, profile: 'judge', rules: { 'legal-advice': { severity: 'loud' } }, [XSS]: true }));
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('The policy was not imported: 3 problems to fix.');
  const paths = await result.locator('code.path').allTextContents();
  expect(paths.sort()).toEqual([XSS, 'profile', 'rules.legal-advice.severity'].sort());
  await expectNoMarkup(page);

  // A phrase rule whose own example fails is refused too.
  const failing = { ...POLICY, phraseRules: [{ ...POLICY.phraseRules![0]!, examples: { flag: ['We promise a win.'] } }] };
  await page.getByLabel('Policy file (JSON)', { exact: true }).setInputFiles(fileOf(failing));
  await expect(result.locator('code.path')).toHaveText(['phraseRules[0].examples.flag[0]']);

  // Pasted text that is not JSON: where the parser stopped.
  await page.getByLabel('Or paste the policy here', { exact: true }).fill('{\n  "version": 1,\n}');
  await page.getByRole('button', { name: 'Check and import' }).click();
  await expect(result).toContainText('This is not valid JSON (line 3, column 1)');

  expect(await storageGet(extContext, 'importedPolicy')).toBeUndefined();
  expect(await policySource(extContext)).toBeNull();
});

test('a valid policy file is applied, shown with its source, and removed', async ({ page, extContext, extId }) => {
  await setSettings(extContext, { profile: 'social-care', rules: { 'hostile-tone': { enabled: true } } });
  await openOptions(page, extId);
  await expect(page.getByTestId('policy-summary')).toContainText('No organisation policy is in force');

  await page.getByLabel('Policy file (JSON)', { exact: true }).setInputFiles(fileOf(POLICY));
  // The background reads importedPolicy and publishes policyState.
  await expect.poll(() => policySource(extContext), { timeout: 10_000 }).toBe('imported');
  await expect(page.getByTestId('import-result')).toContainText('The imported policy is in force.');
  await expect(page.getByTestId('policy-source')).toHaveText('Imported from a file');

  const hostile = page.locator('tr[data-rule="hostile-tone"]');
  await expect(hostile).toContainText('Set by your organisation');
  await expect(hostile.getByRole('checkbox')).not.toBeChecked();
  await expect(hostile.getByRole('checkbox')).toBeDisabled();
  const profile = page.getByLabel('Profile', { exact: true });
  await expect(profile).toBeDisabled();
  await expect(profile).toHaveValue('lawyer');
  await expect(page.locator('#opt-profile-source')).toHaveText('Set by your organisation');
  // Not locked and not set by the policy: still the user's.
  await expect(page.getByLabel('Gmail', { exact: true })).toBeEnabled();

  // The phrase rule's message is markup in the file: it is shown as text.
  await expect(page.locator('tr[data-rule="policy:no-guarantee"] .rule-name')).toHaveText(`Never promise an outcome ${XSS}`);
  await expectNoMarkup(page);

  await expect(page.getByText('https://helpdesk.example.com/*')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Allow Prudence on https://helpdesk.example.com/*' })).toBeVisible();

  // The user's own values were never overwritten by the organisation's.
  expect(await settings(extContext)).toEqual({ profile: 'social-care', rules: { 'hostile-tone': { enabled: true } } });

  // A stored file gone bad (written behind the page's back): the error shows, the last good policy stays.
  await storageSet(extContext, { importedPolicy: JSON.stringify({ version: 1, [XSS]: 1 }) });
  const error = page.getByTestId('policy-error');
  await expect(error).toContainText('The last policy could not be used');
  await expect(error.locator('code.path')).toHaveText([XSS]);
  await expect(error).toContainText('The last good policy stays in force.');
  await expect(page.getByTestId('policy-source')).toHaveText('Imported from a file');
  await expect(profile).toBeDisabled();
  await expectNoMarkup(page);

  await page.getByRole('button', { name: 'Remove imported policy' }).click();
  await expect.poll(() => policySource(extContext), { timeout: 10_000 }).toBeNull();
  expect(await storageGet(extContext, 'importedPolicy')).toBeUndefined();
  await expect(page.getByTestId('policy-summary')).toContainText('No organisation policy is in force');
  await expect(profile).toBeEnabled();
  await expect(profile).toHaveValue('social-care');
  await expect(hostile.getByRole('checkbox')).toBeChecked();
  await expect(hostile).toContainText('Your setting');
  await expect(page.locator('tr[data-rule="policy:no-guarantee"]')).toHaveCount(0);
});

test('the policy in force is exported as a file that passes the policy check', async ({ page, extContext, extId }) => {
  await setSettings(extContext, { profile: 'social-care', locale: 'en', sites: { linkedin: false }, rules: { 'case-strategy': { enabled: false, severity: 'info' } }, placeholders: { firm: 'Example Law' } });
  await openOptions(page, extId);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the policy in force' }).click()]);
  expect(download.suggestedFilename()).toBe('prudence-policy.json');
  const json: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const checked = checkPolicy(json);
  expect(checked.errors).toEqual([]);
  expect(checked.warnings).toEqual([]);
  expect(checked.policy).toMatchObject({
    version: 1,
    profile: 'social-care',
    locale: 'en',
    sites: { linkedin: false, whatsapp: true },
    rules: { 'case-strategy': { enabled: false, severity: 'info' }, 'legal-advice': { enabled: true } },
    placeholders: { firm: 'Example Law' },
  });
});

test('the page follows storage as it changes, and speaks French when the locale in force is French', async ({ page, extContext, extId }) => {
  await setSettings(extContext, {});
  await openOptions(page, extId);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prudence settings');
  // Written elsewhere (another tab, the in-page UI): the open page follows without a reload.
  await setSettings(extContext, { locale: 'fr' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réglages de Prudence');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('#opt-locale-source')).toHaveText('Votre réglage');
});
