/**
 * The confirm dialog is ours: keystrokes in it never reach the page (some apps
 * refocus their composer on any key), Tab stays inside it, and Escape means
 * "Edit draft".
 */
import { expect, openPlayground, sentMessages, test } from './fixtures';
import { setSettings, uiText, waitForStatus } from './guard-helpers';

const COMPOSE = '#main footer [data-lexical-editor="true"]';
const DRAFT = 'You should sue your landlord before the deadline.';

test('keys pressed in the dialog never reach the page; Escape edits the draft', async ({ page, extContext, playground }) => {
  await setSettings(extContext, { profile: 'lawyer' });
  await openPlayground(page, playground, 'whatsapp');
  await page.locator(COMPOSE).click();
  await page.keyboard.type(DRAFT);
  await waitForStatus(page, (s) => s.badge === 'block', 'block finding');
  // The page's own listeners, on the window and the document, in both phases.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    for (const target of [window, document]) {
      for (const capture of [true, false]) {
        target.addEventListener('keydown', (e) => seen.push((e as KeyboardEvent).key), capture);
      }
    }
  });
  await page.keyboard.press('Enter');
  await expect.poll(() => uiText(page)).toMatch(/Send this message\?/);
  const before = await page.evaluate(() => (window as unknown as { seen: string[] }).seen.length);
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'a', 'Escape']) await page.keyboard.press(key);
  await expect.poll(() => uiText(page)).not.toMatch(/Send this message\?/);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.slice(before)).toEqual([]);
  // Focus is back in the draft, which is intact and unsent.
  expect(await page.evaluate((sel) => document.activeElement?.closest(sel) !== null, COMPOSE)).toBe(true);
  expect(await page.evaluate(() => window.__playground?.draft())).toBe(DRAFT);
  expect(await sentMessages(page)).toEqual([]);
});

test('the guard does not step aside for grammar-tool opt-outs on the compose box', async ({ page, extContext, playground }) => {
  await setSettings(extContext, { profile: 'lawyer' });
  await openPlayground(page, playground, 'whatsapp');
  await page.locator(COMPOSE).evaluate((el) => {
    const optOuts: Array<[string, string]> = [['spellcheck', 'false'], ['data-gramm', 'false'], ['data-gramm_editor', 'false'], ['data-enable-grammarly', 'false'], ['data-lt-active', 'false'], ['autocorrect', 'off']];
    for (const [name, value] of optOuts) el.setAttribute(name, value);
  });
  await page.locator(COMPOSE).click();
  await page.keyboard.type(DRAFT);
  await waitForStatus(page, (s) => s.badge === 'block', 'block finding despite the opt-outs');
  await page.keyboard.press('Enter');
  await expect.poll(() => uiText(page)).toMatch(/Send this message\?/);
  expect(await sentMessages(page)).toEqual([]);
});
