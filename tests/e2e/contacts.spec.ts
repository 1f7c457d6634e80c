/**
 * The contacts registry from the panel: a lawyer marks who a conversation is
 * with in one click, and the "no mandate" warning follows that conversation,
 * and only that one.
 */
import { CASES } from './cases';
import { expect, openPlayground, test, type Playground } from './fixtures';
import { clickUi, setSettings, storageGet, uiText, waitForStatus } from './guard-helpers';

const wa = CASES['whatsapp'];
const OTHER = (wa.other as { id: string }).id;

test.beforeEach(async ({ page, extContext, playground }) => {
  await setSettings(extContext, { profile: 'lawyer' });
  await openPlayground(page, playground as Playground, wa.page);
  await waitForStatus(page, (s) => s.active && s.identity !== null, 'whatsapp: compose box found');
});

test('an unknown contact raises no-mandate; marked as a client, that conversation no longer does, and the other one still does', async ({ page, extContext }) => {
  await page.locator(wa.compose).first().click();
  await page.keyboard.type(wa.risky.text);
  const first = await waitForStatus(page, (s) => s.findings.some((f) => f.ruleId === 'no-mandate'), 'no-mandate for an unknown contact');
  expect(first.context?.recipient).toBe('unknown');

  await clickUi(page, /^Prudence/);
  await expect.poll(() => uiText(page)).toContain('Not marked as a client');
  await clickUi(page, /^Client, mandate signed$/);
  const marked = await waitForStatus(page, (s) => s.context?.recipient === 'client-no-consent', 'marked as a client');
  expect(marked.findings.map((f) => f.ruleId)).not.toContain('no-mandate');
  await expect.poll(() => uiText(page)).toContain('A client: the mandate is signed.');

  // Consent on file: the recipient becomes a plain client.
  await clickUi(page, /^Consent to texting on file$/);
  await waitForStatus(page, (s) => s.context?.recipient === 'client', 'consent recorded');
  const stored = (await storageGet(extContext, 'contacts')) as Record<string, { status: string; consent: boolean; mandateDate?: string; label?: string }>;
  const entry = stored[`whatsapp|${first.identity?.key}`];
  expect(entry).toMatchObject({ status: 'client', consent: true });
  expect(entry?.mandateDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(JSON.stringify(stored)).not.toContain('landlord');

  // Another conversation is still unknown.
  await page.evaluate((id) => window.__playground?.switchTo(id), OTHER);
  await waitForStatus(page, (s) => s.identity !== null && s.identity.key !== first.identity?.key, 'other conversation');
  await page.locator(wa.compose).first().click();
  await page.keyboard.type(wa.risky.text);
  const other = await waitForStatus(page, (s) => s.findings.some((f) => f.ruleId === 'no-mandate'), 'no-mandate in the other conversation');
  expect(other.context?.recipient).toBe('unknown');
});

test('marked as a prospect, the conversation keeps no-mandate', async ({ page }) => {
  await page.locator(wa.compose).first().click();
  await page.keyboard.type(wa.risky.text);
  await waitForStatus(page, (s) => s.findings.some((f) => f.ruleId === 'no-mandate'), 'no-mandate');
  await clickUi(page, /^Prudence/);
  await clickUi(page, /^Prospect$/);
  const s = await waitForStatus(page, (x) => x.context?.recipient === 'prospect', 'prospect');
  expect(s.findings.map((f) => f.ruleId)).toContain('no-mandate');
});
