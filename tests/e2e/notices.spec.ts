/**
 * Notices about the conversation's setting, on the playground pages: shown
 * once per conversation without opening the panel, beside the compose box and
 * never over it, announced politely, dismissible with the keyboard, and
 * remembered across a reload. None of them holds a send.
 */
import type { Page } from '@playwright/test';
import { CASES } from './cases';
import { expect, openPlayground, sentMessages, test, type Playground } from './fixtures';
import { clickUi, inUi, setSettings, storageGet, tabTo, uiText, waitForStatus } from './guard-helpers';

const wa = CASES['whatsapp'];
const xChat = CASES['x-chat'];
const xPost = CASES['x-post'];

const CLEAN = 'Hi, confirming our meeting on Thursday at 2 pm.';
const CONSENT = 'No consent to texting is on file for this client. Ask for it before you discuss the matter by message.';
const UNENCRYPTED = 'This conversation is not end-to-end encrypted. For anything confidential, use an encrypted app or call instead.';
const PUBLIC_DATA = 'This goes out in public and holds personal data. Take the conversation to a private message instead.';

async function draft(page: Page): Promise<string> {
  return page.evaluate(() => window.__playground?.draft() ?? '');
}

async function typeInto(page: Page, compose: string, text: string): Promise<void> {
  await page.locator(compose).first().click();
  await page.keyboard.type(text);
}

/** Types at the end of the draft (a click may leave the caret anywhere in it). */
async function typeAtEnd(page: Page, compose: string, text: string): Promise<void> {
  await page.locator(compose).first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

const count = (text: string, part: string) => text.split(part).length - 1;

/** Marks the open WhatsApp conversation as a client (mandate signed, no consent on file) from the panel, and closes the panel. */
async function markClient(page: Page): Promise<void> {
  await clickUi(page, /^Prudence/);
  await clickUi(page, /^Client, mandate signed$/);
  await waitForStatus(page, (s) => s.context?.recipient === 'client-no-consent', 'marked as a client without consent');
  await clickUi(page, /^Close the Prudence panel$/);
}

test.describe('the consent notice', () => {
  test.beforeEach(async ({ page, extContext, playground }) => {
    await setSettings(extContext, { profile: 'lawyer' });
    await openPlayground(page, playground as Playground, wa.page);
    await waitForStatus(page, (s) => s.active && s.identity !== null, 'whatsapp: compose box found');
  });

  test('shows once for a client without consent, beside the box, is dismissed with the keyboard, and stays dismissed after a reload', async ({ page, extContext }) => {
    await typeInto(page, wa.compose, CLEAN);
    const before = await waitForStatus(page, (s) => s.badge === 'clean', 'a clean draft');
    // WhatsApp is end-to-end encrypted and the contact is not a client yet: nothing to say.
    expect(before.notices).toEqual([]);
    expect(await uiText(page)).not.toContain(CONSENT);

    await markClient(page);
    await waitForStatus(page, (s) => s.notices.includes('consent'), 'the consent notice');
    expect(count(await uiText(page), CONSENT)).toBe(1);

    // Beside the compose box, not over it, in a polite live region, without opening the panel.
    const box = await page.locator(wa.compose).first().boundingBox();
    const notice = await inUi(page, (root) => {
      const el = root.querySelector('.stack [data-notice="consent"]');
      const r = el?.getBoundingClientRect();
      return r === undefined ? null : { top: r.top, bottom: r.bottom, left: r.left, right: r.right, live: el?.closest('[aria-live]')?.getAttribute('aria-live'), panel: root.querySelector('[role="dialog"]') !== null };
    });
    expect(notice).not.toBeNull();
    expect(notice?.panel).toBe(false);
    expect(notice?.live).toBe('polite');
    if (box === null || notice === null) throw new Error('no box');
    const overlaps = notice.left < box.x + box.width && notice.right > box.x && notice.top < box.y + box.height && notice.bottom > box.y;
    expect(overlaps).toBe(false);

    // Typing on: still the one notice, not one per keystroke.
    await typeAtEnd(page, wa.compose, ' See you then.');
    await expect.poll(() => draft(page)).toBe(`${CLEAN} See you then.`);
    await waitForStatus(page, (s) => s.badge === 'clean' && s.notices.join() === 'consent', 'still the notice');
    expect(count(await uiText(page), CONSENT)).toBe(1);

    // From the draft, Tab reaches the notice's "Dismiss"; Enter dismisses it.
    await page.locator(wa.compose).first().focus();
    await tabTo(page, /^Dismiss$/, '.stack [data-notice="consent"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => uiText(page)).not.toContain(CONSENT);
    expect(await draft(page)).toBe(`${CLEAN} See you then.`);

    // It does not come back in this conversation: more typing, then a reload.
    await typeAtEnd(page, wa.compose, ' Thanks.');
    await waitForStatus(page, (s) => s.badge === 'clean' && s.notices.length === 0, 'no notice after its dismissal');
    const marks = (await storageGet(extContext, 'noticeMarks')) as Array<{ site: string; kind: string; state: string }>;
    expect(marks).toContainEqual(expect.objectContaining({ site: 'whatsapp', kind: 'consent', state: 'dismissed' }));

    await page.reload();
    await page.locator('html[data-playground-ready="true"]').waitFor({ state: 'attached' });
    await waitForStatus(page, (s) => s.active && s.context?.recipient === 'client-no-consent', 'the same client after the reload');
    await typeInto(page, wa.compose, CLEAN);
    const after = await waitForStatus(page, (s) => s.badge === 'clean', 'a clean draft after the reload');
    expect(after.notices).toEqual([]);
    expect(await uiText(page)).not.toContain(CONSENT);
  });

  test('its consent request goes into the draft through the reply path, and Ctrl+Z brings the draft back', async ({ page }) => {
    await typeInto(page, wa.compose, CLEAN);
    await waitForStatus(page, (s) => s.badge === 'clean', 'a clean draft');
    await markClient(page);
    await waitForStatus(page, (s) => s.notices.includes('consent'), 'the consent notice');

    await clickUi(page, /^Insert a consent request$/);
    await expect.poll(() => draft(page)).toMatch(/^Hi Sophie, before we go further by text message, could you confirm/);
    // Acted on: the notice goes, and the request itself raises nothing.
    const s = await waitForStatus(page, (x) => x.badge === 'clean' && x.notices.length === 0, 'the request inserted');
    expect(s.findings).toEqual([]);
    expect(await sentMessages(page)).toEqual([]);

    await page.locator(wa.compose).first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => draft(page)).toBe(CLEAN);
  });
});

test.describe('the encryption notice', () => {
  test('for a lawyer on a channel without end-to-end encryption; it holds no send', async ({ page, extContext, playground }) => {
    await setSettings(extContext, { profile: 'lawyer' });
    await openPlayground(page, playground as Playground, xChat.page);
    await waitForStatus(page, (s) => s.active, 'x-chat: compose box found');
    const empty = await waitForStatus(page, (s) => s.context?.channel === 'private-unencrypted', 'an unencrypted channel');
    // Not before the user writes to the conversation.
    expect(empty.notices).toEqual([]);
    await typeInto(page, xChat.compose, CLEAN);
    await waitForStatus(page, (s) => s.badge === 'clean' && s.notices.join() === 'unencrypted', 'the encryption notice');
    expect(count(await uiText(page), UNENCRYPTED)).toBe(1);

    await page.keyboard.press(xChat.sendKey);
    await expect.poll(() => sentMessages(page)).toEqual([CLEAN]);
    expect(await uiText(page)).not.toMatch(/Send this message\?/);
  });

  test('not on WhatsApp, which is end-to-end encrypted', async ({ page, extContext, playground }) => {
    await setSettings(extContext, { profile: 'lawyer' });
    await openPlayground(page, playground as Playground, wa.page);
    await typeInto(page, wa.compose, CLEAN);
    const s = await waitForStatus(page, (x) => x.badge === 'clean' && x.context?.channel === 'private-encrypted', 'a clean draft on WhatsApp');
    expect(s.notices).toEqual([]);
    expect(await uiText(page)).not.toContain(UNENCRYPTED);
  });

  test('not for social care', async ({ page, extContext, playground }) => {
    await setSettings(extContext, { profile: 'social-care' });
    await openPlayground(page, playground as Playground, xChat.page);
    await typeInto(page, xChat.compose, CLEAN);
    const s = await waitForStatus(page, (x) => x.badge === 'clean' && x.context?.profile === 'social-care', 'a clean draft for social care');
    expect(s.context?.channel).toBe('private-unencrypted');
    expect(s.notices).toEqual([]);
    expect(await uiText(page)).not.toContain(UNENCRYPTED);
  });
});

test.describe('the public personal-data notice', () => {
  const GREETING = 'Thanks for reaching out, we are looking into it.';
  const PHONE = ' Call us back at 514-555-0199.';

  test('on an X post, for social care, once personal data is in the draft', async ({ page, extContext, playground }) => {
    await setSettings(extContext, { profile: 'social-care' });
    await openPlayground(page, playground as Playground, xPost.page);
    await typeInto(page, xPost.compose, GREETING);
    const clean = await waitForStatus(page, (s) => s.badge !== 'idle' && s.context?.channel === 'public', 'a public draft');
    expect(clean.findings.map((f) => f.ruleId)).not.toContain('personal-data');
    expect(clean.notices).toEqual([]);
    expect(await uiText(page)).not.toContain(PUBLIC_DATA);

    await page.keyboard.type(PHONE);
    await waitForStatus(page, (s) => s.findings.some((f) => f.ruleId === 'personal-data') && s.notices.join() === 'public-data', 'the public personal-data notice');
    expect(count(await uiText(page), PUBLIC_DATA)).toBe(1);
  });

  test('not for a lawyer', async ({ page, extContext, playground }) => {
    await setSettings(extContext, { profile: 'lawyer' });
    await openPlayground(page, playground as Playground, xPost.page);
    await typeInto(page, xPost.compose, GREETING + PHONE);
    const s = await waitForStatus(page, (x) => x.findings.some((f) => f.ruleId === 'personal-data'), 'personal data for a lawyer');
    expect(s.notices).toEqual([]);
    expect(await uiText(page)).not.toContain(PUBLIC_DATA);
  });
});
