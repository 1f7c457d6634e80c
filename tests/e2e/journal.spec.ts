/**
 * The journal as the guard fills it: a draft sent after a warning is
 * recorded ("Send anyway" from the dialog with its justification and reason,
 * or the site's own send for a warning), with the conversation and its name;
 * a warned draft revised or cancelled is only counted. The draft itself leaves
 * the content script only when the policy keeps it.
 *
 * Runs in its own browser: it imports a policy, and it counts from zero.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROME_EXTENSION_ID } from '../../src/policy/ids';
import { launch } from './browser';
import { CASES } from './cases';
import { expect, openPlayground, sentMessages, test, type Playground } from './fixtures';
import { clickUi, journalCounters, journalRecords, storageGet, uiText, waitForStatus } from './guard-helpers';

// The extension APIs, inside service-worker evaluate() callbacks (typed loosely: test code only).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const wa = CASES['whatsapp'];
const RISKY = 'You should sue your landlord before the deadline.';
const ADVICE = 'You can break the lease, the unit was unsafe.';
const CLEAN = 'Let us talk about it by phone tomorrow.';
const DIALOG = /Send this message\?/;

test.describe.configure({ mode: 'serial' });

test.describe('the journal from the guard', () => {
  let context: BrowserContext;
  let sw: Worker;
  let page: Page;

  const settings = (s: Record<string, unknown>) => sw.evaluate((v) => chrome.storage.local.set({ settings: v }), s);

  async function typeDraft(text: string): Promise<void> {
    await page.locator(wa.compose).first().click();
    await page.keyboard.type(text);
  }

  /** Replaces the whole draft, as a user would: select all, then type. */
  async function replaceDraft(text: string): Promise<void> {
    await page.locator(wa.compose).first().click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(text);
  }

  const draft = () => page.evaluate(() => window.__playground?.draft() ?? '');

  test.beforeAll(async ({ playground }) => {
    context = await launch({ extension: true });
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await settings({ profile: 'lawyer' });
    page = await context.newPage();
    await openPlayground(page, playground as Playground, wa.page);
    await waitForStatus(page, (s) => s.active && s.identity?.name === 'Sophie Tremblay', 'whatsapp: compose box found');
  });

  test.afterAll(async () => {
    await context?.close();
  });

  test('"Send anyway" with a justification and a typed reason: both in the record, with the conversation and its name, never the draft', async () => {
    // Every message the background receives from now on: with keep "nothing", none holds any of the draft.
    await sw.evaluate(() => {
      const g = globalThis as unknown as { seen: string[] };
      g.seen = [];
      chrome.runtime.onMessage.addListener((m: unknown) => {
        g.seen.push(JSON.stringify(m));
      });
    });
    await typeDraft(RISKY);
    const s = await waitForStatus(page, (x) => x.badge === 'block', 'a held draft');
    await page.keyboard.press('Enter');
    await expect.poll(() => uiText(page)).toMatch(DIALOG);
    expect(await uiText(page)).toContain('Why send it anyway? (optional)');
    // From "Edit draft": the reason just before it, the category before that.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Asked twice in writing');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await clickUi(page, /^Send anyway$/);
    await expect.poll(() => sentMessages(page)).toEqual([RISKY]);

    await expect.poll(async () => (await journalRecords(context)).length).toBe(1);
    const [r] = await journalRecords(context);
    expect(r).toMatchObject({
      decision: 'sent-anyway',
      severity: 'block',
      site: 'whatsapp',
      conversation: s.identity?.key,
      label: 'Sophie Tremblay',
      justification: 'client-asked',
      reason: 'Asked twice in writing',
    });
    expect(r?.rules).toContain('no-mandate');
    expect(r).not.toHaveProperty('draft');
    expect(JSON.stringify(r)).not.toContain('landlord');
    const seen = (await sw.evaluate(() => (globalThis as unknown as { seen: string[] }).seen)).join('\n');
    expect(seen).toContain('prudence:journal-add');
    expect(seen).not.toContain('landlord');
  });

  test('the CSV export of the options page carries the justification and the reason', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
    const journal = options.locator('section[aria-labelledby="journal-title"]');
    await expect(journal.getByText('1 record.')).toBeVisible();
    const [download] = await Promise.all([options.waitForEvent('download'), journal.getByRole('button', { name: 'Export as CSV' }).click()]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const [head, row] = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(head).toContain('Justification');
    expect(row).toContain('The client asked for it');
    expect(row).toContain('Asked twice in writing');
    expect(row).toContain('Sophie Tremblay');
    expect(csv).not.toContain('landlord');
    await options.close();
  });

  test('a draft with a warning sent by the site\'s own send is recorded as sent-after-warning', async () => {
    // A client (consent on file): legal advice only warns, and the send is not held.
    await settings({ profile: 'lawyer', defaultRecipient: 'client' });
    await waitForStatus(page, (x) => x.context?.recipient === 'client', 'a client');
    await typeDraft(ADVICE);
    const s = await waitForStatus(page, (x) => x.badge === 'warn' && x.findings.every((f) => f.severity !== 'block'), 'a warning');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([RISKY, ADVICE]);
    expect(await uiText(page)).not.toMatch(DIALOG);

    await expect.poll(async () => (await journalRecords(context)).length).toBe(2);
    const r = (await journalRecords(context)).at(-1);
    expect(r).toMatchObject({ decision: 'sent-after-warning', severity: 'warn', site: 'whatsapp', conversation: s.identity?.key, label: 'Sophie Tremblay' });
    expect(r?.rules).toEqual([...new Set(s.findings.filter((f) => f.severity === 'warn').map((f) => f.ruleId))]);
    expect(r).not.toHaveProperty('draft');
    expect(r).not.toHaveProperty('justification');
  });

  test('revised: a warned draft rewritten, or replaced by a suggested reply, then sent, is counted, not recorded', async () => {
    const before = await journalCounters(context);
    const records = (await journalRecords(context)).length;

    await typeDraft(ADVICE);
    await waitForStatus(page, (x) => x.badge === 'warn', 'a warning');
    await replaceDraft(CLEAN);
    await expect.poll(draft).toBe(CLEAN);
    await waitForStatus(page, (x) => x.badge === 'clean', 'rewritten');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await sentMessages(page)).at(-1)).toBe(CLEAN);
    await expect.poll(async () => (await journalCounters(context)).revised).toBe(before.revised + 1);

    await typeDraft(ADVICE);
    await waitForStatus(page, (x) => x.badge === 'warn', 'a warning');
    await clickUi(page, /^Prudence/);
    await clickUi(page, /^Insert this reply$/);
    await expect.poll(draft).not.toBe(ADVICE);
    const reply = await draft();
    await waitForStatus(page, (x) => x.badge === 'clean', 'the reply');
    await page.locator(wa.compose).first().click();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await sentMessages(page)).at(-1)).toBe(reply);
    await expect.poll(async () => (await journalCounters(context)).revised).toBe(before.revised + 2);

    const after = await journalCounters(context);
    expect(after.cancelled).toBe(before.cancelled);
    expect(after.sentAfterWarning).toBe(before.sentAfterWarning);
    expect((await journalRecords(context)).length).toBe(records);
  });

  test('cancelled: a warned draft emptied without a send is counted once, not recorded; a clean draft emptied is not counted', async () => {
    const before = await journalCounters(context);
    const records = (await journalRecords(context)).length;
    const sent = (await sentMessages(page)).length;

    await typeDraft(ADVICE);
    await waitForStatus(page, (x) => x.badge === 'warn', 'a warning');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await expect.poll(draft).toBe('');
    await expect.poll(async () => (await journalCounters(context)).cancelled).toBe(before.cancelled + 1);

    // A clean draft typed and deleted counts nothing; the next warned one counts again.
    await typeDraft(CLEAN);
    await waitForStatus(page, (x) => x.badge === 'clean', 'clean');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await typeDraft(ADVICE);
    await waitForStatus(page, (x) => x.badge === 'warn', 'a warning');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await expect.poll(async () => (await journalCounters(context)).cancelled).toBe(before.cancelled + 2);

    const after = await journalCounters(context);
    expect(after.cancelled).toBe(before.cancelled + 2);
    expect(after.revised).toBe(before.revised);
    expect(after.warned).toBe(before.warned + 2);
    expect((await journalRecords(context)).length).toBe(records);
    expect((await sentMessages(page)).length).toBe(sent);
  });

  test('with journal.keep "text" in an imported policy the record holds the draft; before it, none did', async () => {
    const earlier = await journalRecords(context);
    expect(earlier.length).toBeGreaterThan(0);
    for (const r of earlier) expect(r).not.toHaveProperty('draft');

    await sw.evaluate((text) => chrome.storage.local.set({ importedPolicy: text }), JSON.stringify({ version: 1, journal: { keep: 'text' } }));
    await expect.poll(async () => ((await storageGet(context, 'policyState')) as { source?: string } | undefined)?.source).toBe('imported');
    // The guard has it too: the dialog's hint says the message is kept.
    await settings({ profile: 'lawyer' });
    await typeDraft(RISKY);
    await waitForStatus(page, (x) => x.badge === 'block', 'a held draft');
    await page.keyboard.press('Enter');
    await expect.poll(() => uiText(page)).toContain('with the message itself');
    await clickUi(page, /^Send anyway$/);
    await expect.poll(async () => (await journalRecords(context)).length).toBe(earlier.length + 1);
    const r = (await journalRecords(context)).at(-1);
    expect(r).toMatchObject({ decision: 'sent-anyway', draft: { kind: 'text', text: RISKY } });
  });
});
