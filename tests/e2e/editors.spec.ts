/**
 * src/editors against the playground pages, in Chromium without the
 * extension: the module is bundled into the page (window.PrudenceEditors) and
 * driven from there, while typing, sending and undo use the real keyboard and
 * the page's own send path.
 */
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { join } from 'node:path';
import type * as Editors from '../../src/editors/index';
import type { WriteResult } from '../../src/editors/types';
import type { EditorFamily } from '../../src/sites/types';
import { ROOT } from './browser';
import { expect, injectModule, openPlayground, test } from './fixtures';

interface Globals {
  PrudenceEditors: typeof Editors;
  __playground: { draft(): string; sent: string[] };
}

interface Case {
  page: string;
  family: EditorFamily;
  /** The compose box, as in playground/README.md. */
  compose: string;
  /** The key that starts a new line without sending. */
  newline: 'Shift+Enter' | 'Enter';
  /** How the page sends: its send key, or a click on its send button. */
  send: { key: string } | { button: string };
  /** Real Ctrl+Z presses after a replace that bring the original draft back. */
  undoPresses: number;
}

const CASES: Case[] = [
  { page: 'whatsapp', family: 'lexical', compose: '#main footer div[contenteditable="true"][role="textbox"][data-tab="10"][data-lexical-editor="true"]', newline: 'Shift+Enter', send: { key: 'Enter' }, undoPresses: 1 },
  { page: 'messenger', family: 'lexical', compose: '[role=main] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="Message"]', newline: 'Shift+Enter', send: { button: '[aria-label="Press enter to send"][role=button]' }, undoPresses: 1 },
  { page: 'instagram', family: 'lexical', compose: 'div[contenteditable="true"][role="textbox"][aria-label="Message"][data-lexical-editor="true"]', newline: 'Shift+Enter', send: { key: 'Enter' }, undoPresses: 1 },
  { page: 'x-post', family: 'draft', compose: '.DraftEditor-root .public-DraftEditor-content[data-testid="tweetTextarea_0"]', newline: 'Enter', send: { button: '[data-testid="tweetButtonInline"]' }, undoPresses: 1 },
  { page: 'x-chat', family: 'textarea', compose: '[data-testid="dm-composer-form"] textarea[data-testid="dm-composer-textarea"]', newline: 'Shift+Enter', send: { button: '[data-testid="dm-composer-send-button"]' }, undoPresses: 1 },
  { page: 'linkedin', family: 'contenteditable', compose: '.msg-form__msg-content-container .msg-form__contenteditable[role="textbox"][contenteditable="true"]', newline: 'Shift+Enter', send: { button: 'button.msg-form__send-button' }, undoPresses: 1 },
  { page: 'telegram-k', family: 'contenteditable', compose: '.chat-input .input-message-input[contenteditable="true"]:not(.input-field-input-fake)', newline: 'Shift+Enter', send: { key: 'Enter' }, undoPresses: 1 },
  { page: 'telegram-a', family: 'contenteditable', compose: '#editable-message-text', newline: 'Shift+Enter', send: { button: 'button.Button.main-button.send' }, undoPresses: 1 },
  { page: 'gmail', family: 'contenteditable', compose: '.M9 div[aria-label="Message Body"][role="textbox"][g_editable="true"][contenteditable="true"]', newline: 'Enter', send: { key: 'Control+Enter' }, undoPresses: 1 },
  { page: 'quill', family: 'quill', compose: '.pg-quill-composer .ql-editor[contenteditable="true"][role="textbox"]', newline: 'Enter', send: { key: 'Control+Enter' }, undoPresses: 1 },
];

const LINE_1 = 'Hi Marie,';
const LINE_2 = 'we could sue the landlord today.';
const DRAFT = `${LINE_1}\n${LINE_2}`;
const WORD = 'sue';
const WORD_AT = DRAFT.indexOf(WORD);
const ONE_LINE = 'Thank you for your message, I will get back to you shortly.';
const TWO_LINES = 'Thank you for your message.\nI will call you back this afternoon.';

/** Opens the page, bundles src/editors into it, and types DRAFT with the real keyboard. */
async function start(page: Page, playground: Parameters<typeof openPlayground>[1], c: Case): Promise<void> {
  await openPlayground(page, playground, c.page);
  await injectModule(page, 'src/editors/index.ts', 'PrudenceEditors');
  await page.locator(c.compose).click();
  await page.keyboard.type(LINE_1);
  await page.keyboard.press(c.newline);
  await page.keyboard.type(LINE_2);
  await expect.poll(() => draft(page)).toBe(DRAFT);
}

function draft(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as Globals).__playground.draft());
}

function sent(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as Globals).__playground.sent]);
}

function read(page: Page, c: Case): Promise<string> {
  return page.evaluate(([family, compose]) => {
    const el = document.querySelector<HTMLElement>(compose);
    if (!el) throw new Error('no compose box');
    return (window as unknown as Globals).PrudenceEditors.editorFor(family).read(el);
  }, [c.family, c.compose] as const);
}

function replace(page: Page, c: Case, text: string, span?: readonly [number, number]): Promise<WriteResult> {
  return page.evaluate(([family, compose, value, at]) => {
    const el = document.querySelector<HTMLElement>(compose);
    if (!el) throw new Error('no compose box');
    return (window as unknown as Globals).PrudenceEditors.editorFor(family).replace(el, value, at ?? undefined);
  }, [c.family, c.compose, text, span ?? null] as const);
}

interface Measured {
  text: string | null;
  rects: { left: number; top: number; right: number; bottom: number }[];
  box: { left: number; top: number; right: number; bottom: number };
}

function measure(page: Page, c: Case, start: number, end: number): Promise<Measured> {
  return page.evaluate(([family, compose, s, e]) => {
    const el = document.querySelector<HTMLElement>(compose);
    if (!el) throw new Error('no compose box');
    const editor = (window as unknown as Globals).PrudenceEditors.editorFor(family);
    const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return { text: editor.range(el, s, e)?.toString() ?? null, rects: editor.rects(el, s, e).map(plain), box: plain(el.getBoundingClientRect()) };
  }, [c.family, c.compose, start, end] as const);
}

async function sendDraft(page: Page, c: Case): Promise<void> {
  if ('key' in c.send) await page.keyboard.press(c.send.key);
  else await page.locator(c.send.button).click();
}

/** Cancels and stops beforeinput, paste and input in the capture phase on window, as a page that swallows input would. */
function swallowInput(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const type of ['beforeinput', 'paste', 'input']) {
      window.addEventListener(
        type,
        (e) => {
          e.preventDefault();
          e.stopImmediatePropagation();
        },
        true,
      );
    }
  });
}

let isolatedBundle: Promise<string> | undefined;

/**
 * Runs `expression` (which may use PrudenceEditors) in a new isolated world
 * of the page, as a content script runs: it shares the DOM with the page but
 * none of its globals. Returns the expression's JSON value.
 */
async function inIsolatedWorld<T>(page: Page, expression: string): Promise<T> {
  isolatedBundle ??= build({ entryPoints: [join(ROOT, 'src/editors/index.ts')], bundle: true, write: false, format: 'iife', globalName: 'PrudenceEditors', platform: 'browser', target: 'chrome120', logLevel: 'silent' }).then((r) => r.outputFiles[0]?.text ?? '');
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'prudence-editors-test' });
  await cdp.send('Runtime.evaluate', { expression: await isolatedBundle, contextId: executionContextId });
  const out = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (out.exceptionDetails) throw new Error(out.exceptionDetails.exception?.description ?? out.exceptionDetails.text);
  return out.result.value as T;
}

for (const c of CASES) {
  test.describe(`${c.page} (${c.family})`, () => {
    test('read() matches the model, and a word of the second line maps to its range and rects', async ({ barePage, playground }) => {
      await start(barePage, playground, c);
      expect(await read(barePage, c)).toBe(await draft(barePage));

      const m = await measure(barePage, c, WORD_AT, WORD_AT + WORD.length);
      if (c.family === 'textarea') expect(m.text).toBeNull();
      else expect(m.text).toBe(WORD);
      expect(m.rects.length).toBeGreaterThan(0);
      for (const r of m.rects) {
        expect(r.right).toBeGreaterThan(r.left);
        expect(r.left).toBeGreaterThanOrEqual(m.box.left - 1);
        expect(r.right).toBeLessThanOrEqual(m.box.right + 1);
        expect(r.top).toBeGreaterThanOrEqual(m.box.top - 1);
        expect(r.bottom).toBeLessThanOrEqual(m.box.bottom + 1);
      }
      // The word sits on the second line: below the first line's first character.
      const first = await measure(barePage, c, 0, 1);
      expect(m.rects[0]!.top).toBeGreaterThan(first.rects[0]!.top + 2);
    });

    test('replace() writes the whole draft through the editor, and the page sends the template', async ({ barePage, playground }) => {
      await start(barePage, playground, c);
      expect(await replace(barePage, c, ONE_LINE)).toEqual({ ok: true, text: ONE_LINE });
      expect(await draft(barePage)).toBe(ONE_LINE);

      expect(await replace(barePage, c, TWO_LINES)).toEqual({ ok: true, text: TWO_LINES });
      expect(await draft(barePage)).toBe(TWO_LINES);
      expect(await read(barePage, c)).toBe(TWO_LINES);

      const before = (await sent(barePage)).length;
      await sendDraft(barePage, c);
      await expect.poll(async () => (await sent(barePage)).length).toBe(before + 1);
      expect((await sent(barePage)).at(-1)).toBe(TWO_LINES);
    });

    test(`after replace(), ${c.undoPresses} real Ctrl+Z brings the original draft back`, async ({ barePage, playground }) => {
      await start(barePage, playground, c);
      expect((await replace(barePage, c, TWO_LINES)).ok).toBe(true);
      expect(await draft(barePage)).toBe(TWO_LINES);
      for (let i = 1; i < c.undoPresses; i++) await barePage.keyboard.press('Control+z');
      await barePage.keyboard.press('Control+z');
      await expect.poll(() => draft(barePage)).toBe(DRAFT);
      expect(await read(barePage, c)).toBe(DRAFT);
    });

    test('from an isolated world (a content script), replace() reaches the editor, and Ctrl+Z undoes it', async ({ barePage, playground }) => {
      await start(barePage, playground, c);
      const result = await inIsolatedWorld<{ ok: boolean; text: string; pageHookVisible: boolean }>(
        barePage,
        `(async () => {
          const el = document.querySelector(${JSON.stringify(c.compose)});
          const r = await PrudenceEditors.editorFor(${JSON.stringify(c.family)}).replace(el, ${JSON.stringify(TWO_LINES)});
          return { ok: r.ok, text: r.text, pageHookVisible: '__playground' in window };
        })()`,
      );
      // The page's globals are out of reach: this is another world, sharing only the DOM.
      expect(result).toEqual({ ok: true, text: TWO_LINES, pageHookVisible: false });
      expect(await draft(barePage)).toBe(TWO_LINES);
      await barePage.keyboard.press('Control+z');
      await expect.poll(() => draft(barePage)).toBe(DRAFT);
    });

    test('replace() with a span replaces only that span', async ({ barePage, playground }) => {
      await start(barePage, playground, c);
      const word = 'write to';
      const one = DRAFT.slice(0, WORD_AT) + word + DRAFT.slice(WORD_AT + WORD.length);
      expect(await replace(barePage, c, word, [WORD_AT, WORD_AT + WORD.length])).toEqual({ ok: true, text: one });
      expect(await draft(barePage)).toBe(one);

      // Across the line break: ",\nwe" becomes ". We" (one line).
      const at = one.indexOf(',');
      const two = `${one.slice(0, at)}. We${one.slice(at + 4)}`;
      expect(await replace(barePage, c, '. We', [at, at + 4])).toEqual({ ok: true, text: two });
      expect(await draft(barePage)).toBe(two);

      // An insertion at the end (an empty span).
      const three = `${two} Thanks.`;
      expect(await replace(barePage, c, ' Thanks.', [two.length, two.length])).toEqual({ ok: true, text: three });
      expect(await draft(barePage)).toBe(three);
      // Even where the caret already was, the insertion is its own undo step, apart from the typing.
      await barePage.keyboard.press('Control+z');
      await expect.poll(() => draft(barePage)).toBe(two);
    });

    test('a write the page swallows is reported, and the draft is left as it was', async ({ barePage, playground }) => {
      await start(barePage, playground, c);
      await swallowInput(barePage);
      const result = await replace(barePage, c, TWO_LINES);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.reason).not.toBe('');
      expect(result.text).toBe(DRAFT);
      expect(await draft(barePage)).toBe(DRAFT);
      expect(await read(barePage, c)).toBe(DRAFT);
    });

    test('replace() on an element that is not an editor is reported and changes nothing', async ({ barePage, playground }) => {
      await start(barePage, playground, c);
      const result = await barePage.evaluate(async (family) => {
        const el = document.createElement('div');
        el.textContent = 'Not an editor';
        document.body.append(el);
        const r = await (window as unknown as Globals).PrudenceEditors.editorFor(family).replace(el, 'Template');
        return { r, after: el.textContent };
      }, c.family);
      expect(result.r.ok).toBe(false);
      expect(result.r.ok ? '' : result.r.reason).not.toBe('');
      expect(result.after).toBe('Not an editor');
      expect(await draft(barePage)).toBe(DRAFT);
    });
  });
}

/**
 * A page that mangles the first strategy's event: it cancels it and sends the
 * editor the same event with the text doubled. The write must notice the
 * doubled text, undo it through the editor's history, and succeed with the
 * next strategy; the user's Ctrl+Z then still goes back to the original.
 */
for (const c of CASES.filter((x) => x.page === 'messenger' || x.page === 'quill')) {
  test(`${c.page}: a first strategy that doubles the text is undone before the next one runs`, async ({ barePage, playground }) => {
    await start(barePage, playground, c);
    await barePage.evaluate((family) => {
      // Lexical's first path is beforeinput; Quill's is paste.
      const type = family === 'lexical' ? 'beforeinput' : 'paste';
      let forwarding = false;
      window.addEventListener(
        type,
        (e) => {
          if (forwarding) return;
          const transfer = e instanceof ClipboardEvent ? e.clipboardData : e instanceof InputEvent && e.inputType === 'insertReplacementText' ? e.dataTransfer : null;
          if (!transfer || !e.target) return;
          e.preventDefault();
          e.stopImmediatePropagation();
          const text = transfer.getData('text/plain');
          const doubled = new DataTransfer();
          doubled.setData('text/plain', text + text);
          forwarding = true;
          e.target.dispatchEvent(
            e instanceof ClipboardEvent
              ? new ClipboardEvent('paste', { clipboardData: doubled, bubbles: true, cancelable: true })
              : new InputEvent('beforeinput', { inputType: 'insertReplacementText', dataTransfer: doubled, bubbles: true, cancelable: true }),
          );
          forwarding = false;
        },
        true,
      );
    }, c.family);
    expect(await replace(barePage, c, TWO_LINES)).toEqual({ ok: true, text: TWO_LINES });
    expect(await draft(barePage)).toBe(TWO_LINES);
    await barePage.keyboard.press('Control+z');
    await expect.poll(() => draft(barePage)).toBe(DRAFT);
  });
}

test('the text model: zero-width characters, emoji images, no-break spaces, blocks and Draft.js soft newlines', async ({ barePage, playground }) => {
  await openPlayground(barePage, playground, 'gmail');
  await injectModule(barePage, 'src/editors/index.ts', 'PrudenceEditors');
  const r = await barePage.evaluate(() => {
    const { editorFor } = (window as unknown as Globals).PrudenceEditors;
    const host = document.createElement('div');
    host.contentEditable = 'true';
    // Test fixture markup, built by the test (not an editor write).
    host.innerHTML = '<p>a\u200bb<img alt="🙂" src="data:,">c\ufeff</p><p><br></p><p>d\u00a0e<br>f</p>';
    document.body.append(host);
    const ce = editorFor('contenteditable');
    const text = ce.read(host);
    const emoji = ce.range(host, 2, 4);
    const draftHost = document.createElement('div');
    draftHost.innerHTML =
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">x\n\n</span></span></div></div>' +
      '<div data-block="true"><div><span><span data-text="true">y</span></span></div></div></div>';
    document.body.append(draftHost);
    const dr = editorFor('draft');
    return {
      text,
      b: ce.range(host, 1, 2)?.toString(),
      ab: ce.range(host, 0, 2)?.toString(),
      emojiImg: emoji?.cloneContents().querySelector('img')?.alt ?? null,
      emojiText: emoji?.toString(),
      de: ce.range(host, 7, 10)?.toString(),
      f: ce.range(host, 11, 12)?.toString(),
      acrossLines: ce.range(host, 4, 8)?.toString(),
      draftText: dr.read(draftHost),
      draftY: dr.range(draftHost, 3, 4)?.toString(),
    };
  });
  expect(r).toEqual({
    text: 'ab🙂c\n\nd e\nf',
    b: 'b',
    ab: 'a\u200bb',
    emojiImg: '🙂',
    emojiText: '',
    de: 'd\u00a0e',
    f: 'f',
    acrossLines: 'c\ufeffd',
    draftText: 'x\n\ny',
    draftY: 'y',
  });
});
