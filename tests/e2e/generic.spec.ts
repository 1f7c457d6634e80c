/**
 * The generic guard (the policy's extra sites) on the help-desk playground
 * page (playground/generic), which the content script reaches without any
 * permission prompt: first the adapter alone in a bare page (which field is
 * the compose box and why the others are not, the send button among near
 * misses, the typeahead), then the guard's shared scenarios with a textarea
 * and with a rich-text reply box, then what only this page has: a search box
 * that is never guarded, and plain sends through the button and Ctrl+Enter.
 */
import type { Page } from '@playwright/test';
import { expect, injectModule, openPlayground, sentMessages, test, type Playground } from './fixtures';
import { clickUi, setSettings, uiText, waitForStatus } from './guard-helpers';
import { guardSuite, type SiteCase } from './scenarios';

type Generic = typeof import('../../src/sites/generic');

const REPLY = '.hd-composer .hd-editor';
const SEND = 'button.hd-send';
const SEARCH = 'input[type="search"]';
const DIALOG = /Send this message\?/;

const RISKY = { text: 'Honestly, that was our mistake, we will refund you in full.', ruleId: 'liability-admission', words: 'our mistake' };
const CLEAN = 'Thanks for reaching out, I am looking into your ticket now.';

const TEXTAREA: SiteCase = {
  page: 'generic',
  compose: 'textarea.hd-editor',
  sendKey: 'Control+Enter',
  newline: 'Enter',
  sendButton: SEND,
  settings: { profile: 'social-care' },
  risky: RISKY,
  clean: CLEAN,
  other: { id: '4517' },
  highlight: 'overlay',
};

const RICH: SiteCase = { ...TEXTAREA, path: '?editor=contenteditable', compose: 'div.hd-editor[contenteditable="true"]', highlight: 'api' };

// ------------------------------------------------------------------ the adapter alone

async function openBare(page: Page, playground: Playground, query: string): Promise<void> {
  await openPlayground(page, playground, 'generic', query);
  await injectModule(page, 'src/sites/generic.ts', 'PrudenceGeneric');
}

/** What the generic adapter sees now: where the compose box and the send button are, by their classes. */
async function probe(page: Page) {
  return page.evaluate(() => {
    const G = (window as unknown as { PrudenceGeneric: Generic }).PrudenceGeneric;
    const a = G.generic;
    const compose = a.findCompose(document);
    // Tag and first class: the playground's modifier classes (empty, rich) come and go.
    const name = (el: Element | null) => (el === null ? null : `${el.tagName.toLowerCase()}.${el.classList[0] ?? ''}`);
    const send = compose === null ? null : a.findSendButton(compose);
    return {
      compose: name(compose),
      editor: compose === null ? null : a.editor,
      send: name(send),
      sendText: send?.textContent ?? null,
      identity: compose === null ? null : a.identity(compose, new URL(location.href)),
      channel: compose === null ? null : a.channel(compose, new URL(location.href)),
      pickerOpen: compose === null ? null : a.pickerOpen(compose),
      nearMissesAreSend: compose === null ? null : [...document.querySelectorAll('.hd-tab, .hd-tool, .hd-close, .hd-search-go')].some((el) => a.isSendButton(el, compose)),
      sendIsSend: compose === null || send === null ? null : a.isSendButton(send, compose),
    };
  });
}

test.describe('generic adapter', () => {
  test('the focused reply textarea is the compose box, and its "Send reply" the send button', async ({ barePage, playground }) => {
    await openBare(barePage, playground, '');
    const p = await probe(barePage);
    expect(p).toMatchObject({ compose: 'textarea.hd-editor', editor: 'textarea', send: 'button.hd-send', sendText: 'Send reply', channel: 'private-unencrypted', pickerOpen: false, nearMissesAreSend: false, sendIsSend: true });
    expect(p.identity).toEqual({ name: null, handle: null, key: `generic:${new URL(barePage.url()).host}/generic/tickets/4512` });
  });

  test('the rich-text reply box: its editing host, the contenteditable family, the send button after it', async ({ barePage, playground }) => {
    await openBare(barePage, playground, '?editor=contenteditable');
    await barePage.locator(REPLY).click();
    await barePage.keyboard.type('First line');
    await barePage.keyboard.press('Enter');
    await barePage.keyboard.type('Second line');
    const p = await probe(barePage);
    expect(p).toMatchObject({ compose: 'div.hd-editor', editor: 'contenteditable', send: 'button.hd-send', nearMissesAreSend: false, sendIsSend: true });
    const host = await barePage.evaluate(() => {
      const G = (window as unknown as { PrudenceGeneric: Generic }).PrudenceGeneric;
      const inner = document.querySelector('.hd-editor p:last-child');
      return inner !== null && G.editableBoxOf(inner) === document.querySelector('.hd-editor');
    });
    expect(host).toBe(true);
  });

  test('nothing focused, or the search box focused: no compose box, and the search box says why', async ({ barePage, playground }) => {
    await openBare(barePage, playground, '?focus=none');
    expect((await probe(barePage)).compose).toBeNull();
    await barePage.locator(SEARCH).click();
    await barePage.keyboard.type('damaged');
    await expect(barePage.locator('.hd-suggestions [role="option"]')).toHaveCount(1);
    expect((await probe(barePage)).compose).toBeNull();
    const reasons = await barePage.evaluate(() => {
      const G = (window as unknown as { PrudenceGeneric: Generic }).PrudenceGeneric;
      return G.skipReasons(document.querySelector('input[type="search"]') as HTMLElement);
    });
    expect(reasons).toEqual(expect.arrayContaining(['one-line-input', 'search']));
  });

  test('keeps the reply box once focus leaves it, while it is shown; lets it go once it is removed', async ({ barePage, playground }) => {
    await openBare(barePage, playground, '');
    // The guard looks when the page changes; here, once with the reply box focused, then after each move.
    expect((await probe(barePage)).compose).toBe('textarea.hd-editor');
    await barePage.locator(SEARCH).click();
    expect((await probe(barePage)).compose).toBe('textarea.hd-editor');
    await barePage.locator('.hd-close').click();
    expect((await probe(barePage)).compose).toBe('textarea.hd-editor');
    await barePage.evaluate(() => document.querySelector('.hd-editor')?.remove());
    expect((await probe(barePage)).compose).toBeNull();
  });

  test('tells message boxes from search fields, one-line fields and hidden helpers', async ({ barePage, playground }) => {
    await openBare(barePage, playground, '?focus=none');
    const reasons = await barePage.evaluate(() => {
      const G = (window as unknown as { PrudenceGeneric: Generic }).PrudenceGeneric;
      const stage = document.createElement('div');
      stage.style.cssText = 'position: fixed; left: 0; top: 0; width: 400px; background: #fff;';
      document.body.append(stage);
      const make = (html: string): HTMLElement => {
        const wrap = document.createElement('div');
        wrap.innerHTML = html;
        stage.append(wrap);
        return wrap.querySelector('[data-probe]') as HTMLElement;
      };
      const style = 'style="width: 300px; height: 60px; display: block"';
      const cases: Record<string, string> = {
        textarea: `<textarea data-probe ${style}></textarea>`,
        rich: `<div data-probe contenteditable="true" role="textbox" aria-multiline="true" ${style}></div>`,
        plainRich: `<div data-probe contenteditable="true" ${style}></div>`,
        textareaWithTypeahead: `<textarea data-probe role="combobox" aria-autocomplete="list" aria-expanded="true" ${style}></textarea>`,
        searchbox: `<textarea data-probe role="searchbox" ${style}></textarea>`,
        inSearchLandmark: `<div role="search"><textarea data-probe ${style}></textarea></div>`,
        inSearchForm: `<form role="search"><div data-probe contenteditable="true" ${style}></div></form>`,
        inSearchElement: `<search><div data-probe contenteditable="plaintext-only" ${style}></div></search>`,
        comboboxOneLine: `<div data-probe contenteditable="true" role="combobox" ${style}></div>`,
        autocompleteOneLine: `<div data-probe contenteditable="true" aria-autocomplete="list" ${style}></div>`,
        textInput: `<input data-probe type="text" ${style}>`,
        searchInput: `<input data-probe type="search" ${style}>`,
        readOnly: `<textarea data-probe readonly ${style}></textarea>`,
        disabled: `<textarea data-probe disabled ${style}></textarea>`,
        ariaReadOnly: `<div data-probe contenteditable="true" aria-readonly="true" ${style}></div>`,
        notEditable: `<div data-probe ${style}></div>`,
        hidden: `<textarea data-probe style="display: none"></textarea>`,
        transparent: `<textarea data-probe style="width: 300px; height: 60px; opacity: 0"></textarea>`,
        tiny: `<textarea data-probe style="width: 1px; height: 1px; padding: 0; border: 0"></textarea>`,
      };
      return Object.fromEntries(Object.entries(cases).map(([k, html]) => [k, G.skipReasons(make(html))]));
    });
    expect(reasons).toEqual({
      textarea: [],
      rich: [],
      plainRich: [],
      textareaWithTypeahead: [],
      searchbox: ['search'],
      inSearchLandmark: ['search'],
      inSearchForm: ['search'],
      inSearchElement: ['search'],
      comboboxOneLine: ['search'],
      autocompleteOneLine: ['search'],
      textInput: ['one-line-input'],
      searchInput: ['one-line-input', 'search'],
      readOnly: ['read-only'],
      disabled: ['read-only'],
      ariaReadOnly: ['read-only'],
      notEditable: ['not-editable'],
      hidden: ['hidden'],
      transparent: ['hidden'],
      tiny: ['tiny'],
    });
  });

  test('a second message box keeps its own send button, and has none of the reply box', async ({ barePage, playground }) => {
    await openBare(barePage, playground, '');
    await barePage.evaluate(() => {
      const note = document.createElement('div');
      note.className = 'side-note';
      note.innerHTML = '<textarea class="note" style="width: 300px; height: 60px" aria-label="Private note"></textarea>';
      document.querySelector('.hd-sidebar')?.append(note);
    });
    await barePage.locator('textarea.note').click();
    let p = await probe(barePage);
    expect(p).toMatchObject({ compose: 'textarea.note', send: null });
    await barePage.evaluate(() => {
      const b = document.createElement('button');
      b.className = 'note-save';
      b.textContent = 'Post note';
      // Before the box, in its own frame: still its button.
      document.querySelector('.side-note')?.prepend(b);
    });
    p = await probe(barePage);
    expect(p).toMatchObject({ compose: 'textarea.note', send: 'button.note-save' });
    await barePage.locator(REPLY).click();
    expect((await probe(barePage)).send).toBe('button.hd-send');
  });

  test('sees a listbox attached to the reply box while it is open', async ({ barePage, playground }) => {
    await openBare(barePage, playground, '');
    const states = await barePage.evaluate(() => {
      const G = (window as unknown as { PrudenceGeneric: Generic }).PrudenceGeneric;
      const box = document.querySelector('.hd-editor') as HTMLElement;
      const list = document.createElement('ul');
      list.id = 'macros';
      list.setAttribute('role', 'listbox');
      list.innerHTML = '<li role="option" id="macro-1">Refund policy</li>';
      document.querySelector('.hd-editor-wrap')?.append(list);
      const out: boolean[] = [];
      out.push(G.generic.pickerOpen(box));
      box.setAttribute('aria-controls', 'macros');
      out.push(G.generic.pickerOpen(box));
      box.setAttribute('aria-expanded', 'true');
      out.push(G.generic.pickerOpen(box));
      list.hidden = true;
      out.push(G.generic.pickerOpen(box));
      list.hidden = false;
      box.removeAttribute('aria-expanded');
      box.removeAttribute('aria-controls');
      box.setAttribute('aria-activedescendant', 'macro-1');
      out.push(G.generic.pickerOpen(box));
      return out;
    });
    // No link, linked but closed, open, hidden, its active option shown.
    expect(states).toEqual([false, false, true, false, true]);
  });
});

// ------------------------------------------------------------------ the guard

test.describe('textarea reply box', () => guardSuite(TEXTAREA));
test.describe('rich-text reply box', () => guardSuite(RICH));

test.describe('generic guard on the help-desk page', () => {
  test.beforeEach(async ({ extContext }) => {
    await setSettings(extContext, { profile: 'social-care' });
  });

  test('the search box is never guarded; the reply box is, once the user writes in it', async ({ page, playground }) => {
    await openPlayground(page, playground, 'generic', '?focus=search');
    await waitForStatus(page, (s) => !s.active && s.whyNot?.reason === 'no-compose-box', 'no compose box while the search box has focus');
    await page.keyboard.type('our mistake, we will refund you');
    await expect(page.locator('.hd-suggestions li')).toHaveCount(1);
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(300);
    await waitForStatus(page, (s) => !s.active, 'still no compose box');
    expect(await uiText(page)).toBe('');

    await page.locator(REPLY).click();
    await page.keyboard.type(RISKY.text);
    await waitForStatus(page, (s) => s.active && s.badge === 'block', 'the reply box is guarded');

    // Back in the search box, the reply box stays guarded and Ctrl+Enter there sends nothing and holds nothing.
    await page.locator(SEARCH).click();
    await page.keyboard.type('dana');
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(300);
    expect(await uiText(page)).not.toMatch(DIALOG);
    expect(await sentMessages(page)).toEqual([]);
    await waitForStatus(page, (s) => s.active && s.findings.some((f) => f.ruleId === RISKY.ruleId), 'the reply box is still guarded');
  });

  for (const c of [TEXTAREA, RICH]) {
    const kind = c === TEXTAREA ? 'textarea' : 'rich text';

    test(`${kind}: a clean reply goes out with Ctrl+Enter and with the button, unasked`, async ({ page, playground }) => {
      await openPlayground(page, playground, 'generic', c.path ?? '');
      await waitForStatus(page, (s) => s.active, 'compose box found');
      await page.locator(c.compose).click();
      await page.keyboard.type(CLEAN);
      await waitForStatus(page, (s) => s.badge === 'clean', 'clean');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => sentMessages(page)).toEqual([CLEAN]);
      await page.locator(c.compose).click();
      await page.keyboard.type('Have a good day.');
      await waitForStatus(page, (s) => s.badge === 'clean', 'clean again');
      await page.locator(SEND).click();
      await expect.poll(() => sentMessages(page)).toEqual([CLEAN, 'Have a good day.']);
      expect(await uiText(page)).not.toMatch(DIALOG);
      await expect(page.locator('.hd-thread .hd-message--agent p').last()).toHaveText('Have a good day.');
      expect(await page.evaluate(() => window.__playground?.draft())).toBe('');
    });

    test(`${kind}: a risky reply clicked is held; "Send anyway" sends it once, into the thread`, async ({ page, playground }) => {
      await openPlayground(page, playground, 'generic', c.path ?? '');
      await waitForStatus(page, (s) => s.active, 'compose box found');
      await page.locator(c.compose).click();
      await page.keyboard.type(RISKY.text);
      await waitForStatus(page, (s) => s.findings.some((f) => f.ruleId === RISKY.ruleId && f.severity === 'block'), 'risky');
      const box = await page.locator(SEND).boundingBox();
      if (box === null) throw new Error('no send button');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => uiText(page)).toMatch(DIALOG);
      expect(await sentMessages(page)).toEqual([]);
      await clickUi(page, /Send anyway/);
      await expect.poll(() => sentMessages(page)).toEqual([RISKY.text]);
      await page.waitForTimeout(800);
      expect(await sentMessages(page)).toEqual([RISKY.text]);
      await expect(page.locator('.hd-thread .hd-message--agent p')).toHaveText([RISKY.text]);
    });
  }
});
