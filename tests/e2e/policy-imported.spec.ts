/**
 * A policy file imported by hand (firms without device management): the
 * background validates it and publishes it, the guard applies it at once, and
 * a rule whose "Send anyway" needs a typed reason gets one before anything is
 * sent, kept in the journal without the message.
 *
 * Runs in its own browser: the imported policy must not reach other specs.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROME_EXTENSION_ID } from '../../src/policy/ids';
import { launch } from './browser';
import { CASES } from './cases';
import { expect, openPlayground, sentMessages, test, type Playground } from './fixtures';
import { clickUi, journalRecords, storageGet, uiText, waitForStatus } from './guard-helpers';

// The extension APIs, inside service-worker evaluate() callbacks (typed loosely: test code only).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const wa = CASES['whatsapp'];
const ADVICE = 'You should sue your landlord before the deadline.';
const POLICY = { version: 1, rules: { 'legal-advice': { severity: 'block', reasonToSend: true } }, journal: { retentionDays: 30 } };

test.describe.configure({ mode: 'serial' });

test.describe('a policy imported by hand', () => {
  let context: BrowserContext;
  let sw: Worker;
  let page: Page;

  test.beforeAll(async ({ playground }) => {
    context = await launch({ extension: true });
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // A lawyer texting a client: legal advice only warns there, unless the policy says otherwise.
    await sw.evaluate(() => chrome.storage.local.set({ settings: { profile: 'lawyer', defaultRecipient: 'client' } }));
    page = await context.newPage();
    await openPlayground(page, playground as Playground, wa.page);
    await waitForStatus(page, (s) => s.active, 'whatsapp: compose box found');
  });

  test.afterAll(async () => {
    await context?.close();
  });

  test('without the policy, legal advice to a client only warns', async () => {
    await page.locator(wa.compose).first().click();
    await page.keyboard.type(ADVICE);
    const s = await waitForStatus(page, (x) => x.findings.some((f) => f.ruleId === 'legal-advice'), 'legal advice');
    expect(s.findings.find((f) => f.ruleId === 'legal-advice')?.severity).toBe('warn');
  });

  test('once imported, the background publishes it and the guard holds the send', async () => {
    await sw.evaluate((text) => chrome.storage.local.set({ importedPolicy: text }), JSON.stringify(POLICY));
    await expect.poll(async () => ((await storageGet(context, 'policyState')) as { source?: string } | undefined)?.source).toBe('imported');
    await waitForStatus(page, (x) => x.findings.some((f) => f.ruleId === 'legal-advice' && f.severity === 'block'), 'legal advice now blocks');
    const before = (await sentMessages(page)).length;
    await page.keyboard.press('Enter');
    await expect.poll(() => uiText(page)).toMatch(/Why send it anyway\?/);
    // No reason yet: "Send anyway" is disabled, and clicking it sends nothing.
    await clickUi(page, /^Send anyway$/);
    expect((await sentMessages(page)).length).toBe(before);
    expect(await uiText(page)).toMatch(/Send this message\?/);
  });

  test('with a typed reason, the message goes once and the journal keeps the reason, not the text', async () => {
    const before = (await sentMessages(page)).length;
    // Back to the draft, and send again: the dialog opens with focus on "Edit draft", the reason field just before it.
    await clickUi(page, /^Edit draft$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => uiText(page)).toMatch(/Why send it anyway\?/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Client asked for it in writing');
    await clickUi(page, /^Send anyway$/);
    await expect.poll(async () => (await sentMessages(page)).length).toBe(before + 1);
    expect((await sentMessages(page)).at(-1)).toBe(ADVICE);
    // The journal lives in the extension's own IndexedDB: read it from an extension page.
    const journal = await expect.poll(() => journalRecords(context)).toHaveLength(1).then(() => journalRecords(context));
    expect(journal[0]).toMatchObject({ decision: 'sent-anyway', site: 'whatsapp', rules: ['legal-advice'], reason: 'Client asked for it in writing' });
    expect(JSON.stringify(journal)).not.toContain('landlord');
    // A page script cannot reach it: the page's own IndexedDB has no such database.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('prudence-journal');
  });

  test('the options page shows the record and exports it for the client file, without the message', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
    const journal = options.locator('section[aria-labelledby="journal-title"]');
    await expect(journal.getByText('1 record.')).toBeVisible();
    await expect(journal.locator('table.journal tbody tr')).toHaveCount(1);
    await expect(journal.locator('table.journal tbody tr td').nth(4)).toHaveText('Sent anyway');
    await expect(journal.locator('table.journal tbody tr td').nth(5)).toHaveText('Client asked for it in writing');
    const [download] = await Promise.all([options.waitForEvent('download'), journal.getByRole('button', { name: 'Export as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^prudence-journal-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Client asked for it in writing');
    expect(csv).not.toContain('landlord');
    await options.close();
  });

  test('an invalid file keeps the policy in force and records why', async () => {
    await sw.evaluate(() => chrome.storage.local.set({ importedPolicy: '{"version": 1, "profile": "intern"}' }));
    await expect
      .poll(async () => ((await storageGet(context, 'policyState')) as { error?: { problems: { path: string }[] } | null } | undefined)?.error?.problems.map((p) => p.path))
      .toEqual(['profile']);
    expect(((await storageGet(context, 'policyState')) as { policy: unknown }).policy).toEqual(POLICY);
  });

  test('removing it restores the built-in behaviour', async () => {
    await sw.evaluate(() => chrome.storage.local.remove('importedPolicy'));
    await expect.poll(async () => ((await storageGet(context, 'policyState')) as { policy?: unknown } | undefined)?.policy ?? null).toBeNull();
    await page.locator(wa.compose).first().click();
    await page.keyboard.type(ADVICE);
    await waitForStatus(page, (x) => x.findings.some((f) => f.ruleId === 'legal-advice' && f.severity === 'warn'), 'back to warn');
  });
});
