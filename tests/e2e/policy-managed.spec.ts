/**
 * A real policy through Chromium's enterprise management: the test writes a
 * policy file where Debian's Chromium reads machine policies
 * (/etc/chromium/policies/managed/), starts the browser, and checks that the
 * extension obeys it, keeps the last good policy when the file turns invalid,
 * and follows a changed policy without being reinstalled.
 *
 * Machine policies apply to every Chromium on the machine, so this file runs
 * in its own Playwright project, after all the others (playwright.config.ts),
 * and removes its file when done. Writing there needs root (CI runs as root).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch } from './browser';
import { CASES } from './cases';
import { expect, openPlayground, sentMessages, test, type Playground } from './fixtures';
import { clickUi, storageGet, uiText, waitForStatus } from './guard-helpers';
import { toManaged } from '../../src/policy/managed';
import { CHROME_EXTENSION_ID } from '../../src/policy/ids';
import type { Policy } from '../../src/policy/schema';

// The extension APIs, inside service-worker evaluate() callbacks (typed loosely: test code only).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const POLICY_FILE = '/etc/chromium/policies/managed/prudence-e2e.json';

function writable(): boolean {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    accessSync(dirname(POLICY_FILE), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes what an admin deploys: managed values under the extension's id. */
function deploy(values: Record<string, unknown>): void {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: values } } }, null, 2));
}

const MESSAGE = 'Never promise an outcome to a client.';
const FIRST: Policy = {
  version: 1,
  profile: 'lawyer',
  locked: ['profile'],
  placeholders: { phone: '514 555 0100' },
  rules: {
    'hostile-tone': { enabled: false },
    // Legal advice to a client in a private chat only warns by default: this firm holds it.
    'legal-advice': { severity: { private: 'block', public: 'block' } },
  },
  phraseRules: [
    {
      id: 'no-guarantee',
      message: { en: MESSAGE },
      severity: 'warn',
      match: { en: { anyOf: ['guarantee'], noneOf: ['cannot guarantee'] } },
      templates: { en: ['Let us discuss the likely outcome by phone: {phone}.'] },
    },
  ],
};
const SECOND: Policy = { ...FIRST, rules: { 'legal-advice': FIRST.rules?.['legal-advice'] ?? {} } };

const wa = CASES['whatsapp'];
const HOSTILE = 'I explained this three times already!!! I guarantee you will win.';
const ADVICE = 'You should sue your landlord before the deadline.';

test.describe.configure({ mode: 'serial' });

test.describe('policy pushed through Chromium enterprise management', () => {
  test.skip(!writable(), `needs write access to ${dirname(POLICY_FILE)} (root; CI runs as root): skipped`);

  let context: BrowserContext;
  let page: Page;

  const policyState = () => storageGet(context, 'policyState') as Promise<{ policy: Policy | null; source: string | null; error: { problems: { path: string }[] } | null } | undefined>;

  async function reloadPolicies(): Promise<void> {
    // chrome://policy's "Reload policies" makes Chromium re-read the files now instead of at its next check.
    const p = await context.newPage();
    await p.goto('chrome://policy');
    await p.locator('#reload-policies').click();
    await p.close();
  }

  async function fresh(text: string): Promise<void> {
    await page.locator(wa.compose).first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
  }

  test.beforeAll(async ({ playground }) => {
    deploy(toManaged(FIRST));
    context = await launch({ extension: true });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // A lawyer texting a client: only the policy can make legal advice a block here.
    await sw.evaluate(() => chrome.storage.local.set({ settings: { defaultRecipient: 'client', profile: 'social-care' } }));
    await expect.poll(async () => (await policyState())?.source, { timeout: 15_000, message: 'the background publishes the managed policy' }).toBe('managed');
    page = await context.newPage();
    await openPlayground(page, playground as Playground, wa.page);
    await waitForStatus(page, (s) => s.active, 'whatsapp: compose box found');
  });

  test.afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await context?.close();
  });

  test('the locked profile wins over the user setting', async () => {
    const status = await waitForStatus(page, (s) => s.context !== null, 'context known');
    expect(status.context?.profile).toBe('lawyer');
  });

  test('a rule the policy switches off stays silent; the firm phrase rule fires with its message and reply', async () => {
    await fresh(HOSTILE);
    const status = await waitForStatus(page, (s) => s.findings.some((f) => f.ruleId === 'policy:no-guarantee'), 'phrase rule');
    expect(status.findings.map((f) => f.ruleId)).not.toContain('hostile-tone');
    expect(status.findings).toContainEqual(expect.objectContaining({ ruleId: 'policy:no-guarantee', words: 'guarantee', severity: 'warn' }));
    await clickUi(page, /^Prudence/);
    await expect.poll(() => uiText(page)).toContain(MESSAGE);
    expect(await uiText(page)).toContain('Let us discuss the likely outcome by phone: 514 555 0100.');
  });

  test('a block severity from the policy holds the send', async () => {
    await fresh(ADVICE);
    await waitForStatus(page, (s) => s.findings.some((f) => f.ruleId === 'legal-advice' && f.severity === 'block'), 'legal advice held');
    const before = (await sentMessages(page)).length;
    await page.keyboard.press('Enter');
    await expect.poll(() => uiText(page)).toMatch(/Send this message\?/);
    expect((await sentMessages(page)).length).toBe(before);
    await clickUi(page, /Edit draft/);
  });

  test('a locked setting is disabled in the options page', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
    await expect(options.getByText(/Set by your organisation/i).first()).toBeVisible();
    await expect(options.getByLabel(/^Profile/i).first()).toBeDisabled();
    await options.close();
  });

  test('an invalid policy keeps the last good one in force, and the options page shows the error', async () => {
    deploy({ ...toManaged(FIRST), policyJson: JSON.stringify({ rules: { 'legal-advice': { severity: 'loud' } } }) });
    await reloadPolicies();
    await expect.poll(async () => (await policyState())?.error?.problems.map((p) => p.path), { timeout: 15_000 }).toEqual(['rules.legal-advice.severity']);
    expect((await policyState())?.policy).toEqual(FIRST);
    // Still the first policy in the page.
    await fresh(ADVICE);
    await waitForStatus(page, (s) => s.findings.some((f) => f.ruleId === 'legal-advice' && f.severity === 'block'), 'still held');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
    await expect(options.getByText('rules.legal-advice.severity').first()).toBeVisible();
    await options.close();
  });

  test('a changed policy takes effect without reinstalling', async () => {
    deploy(toManaged(SECOND));
    await reloadPolicies();
    await expect.poll(async () => (await policyState())?.policy, { timeout: 15_000 }).toEqual(SECOND);
    expect((await policyState())?.error).toBeNull();
    await fresh(HOSTILE);
    await waitForStatus(page, (s) => s.findings.some((f) => f.ruleId === 'hostile-tone'), 'hostile-tone back on');
  });
});
