/**
 * The site adapters against the playground pages, in Chromium without the
 * extension: src/sites is bundled into the page (window.PrudenceSites) and
 * each adapter must find the compose box playground/README.md names, its send
 * button once there is text, the conversation's identity before and after a
 * switch, the channel, and the page's typeahead.
 */
import type { Page } from '@playwright/test';
import type { Identity } from '../../src/sites/types';
import { expect, injectModule, openPlayground, test, type Playground } from './fixtures';

type Sites = typeof import('../../src/sites');

interface SiteCase {
  page: string;
  path?: string;
  /** The compose box, as playground/README.md names it. */
  compose: string;
  /** The send button, as the README names it (text: its label when only the text tells it apart). */
  send: { css: string; text?: string };
  /** Before any text: 'absent' (another button holds the slot), 'disabled', or 'enabled' (Gmail's is always live). */
  emptySend: 'absent' | 'disabled' | 'enabled';
  /** A control in the send slot that must not count as sending (mic, like, record). */
  notSend?: string;
  identity: Identity;
  other: { id: string; identity: Identity };
  channel: 'public' | 'private-encrypted' | 'private-unencrypted';
  /** Text that opens the page's typeahead. */
  picker?: string;
}

const CASES: SiteCase[] = [
  {
    page: 'whatsapp',
    compose: '#main footer div[contenteditable="true"][role="textbox"][data-tab="10"][data-lexical-editor="true"]',
    send: { css: 'button[aria-label="Send"]:has(> span[data-icon="wds-ic-send-filled"])' },
    emptySend: 'absent',
    notSend: 'span[data-icon="mic"]',
    identity: { name: 'Sophie Tremblay', handle: null, key: 'whatsapp:Sophie Tremblay' },
    other: { id: '15145550100@c.us', identity: { name: '+1 514-555-0100', handle: '+1 514-555-0100', key: 'whatsapp:+1 514-555-0100' } },
    channel: 'private-encrypted',
    picker: ':sm',
  },
  {
    page: 'messenger',
    compose: '[role=main] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="Message"]',
    send: { css: '[aria-label="Press enter to send"][role=button]' },
    emptySend: 'absent',
    notSend: '[aria-label="Send a like"]',
    identity: { name: 'Mélanie Roy', handle: null, key: 'messenger:100012345678901' },
    other: { id: '100023456789012', identity: { name: 'Jordan Avery', handle: null, key: 'messenger:100023456789012' } },
    channel: 'private-encrypted',
  },
  {
    page: 'x-post',
    compose: '.DraftEditor-root .public-DraftEditor-content[data-testid="tweetTextarea_0"]',
    send: { css: '[data-testid="tweetButtonInline"]' },
    emptySend: 'disabled',
    identity: { name: null, handle: null, key: 'x-post:home' },
    other: { id: '1851234567890123456', identity: { name: 'Me Claire Dubois', handle: '@maitre_dubois', key: 'x-post:1851234567890123456' } },
    channel: 'public',
    picker: '@ma',
  },
  {
    page: 'x-chat',
    compose: '[data-testid="dm-composer-form"] textarea[data-testid="dm-composer-textarea"]',
    send: { css: '[data-testid="dm-composer-send-button"]' },
    emptySend: 'disabled',
    identity: { name: 'Nadia Benali', handle: '@nadia_b', key: 'x-chat:1590312648-1848392019' },
    other: { id: '1590312648-1712345678', identity: { name: 'Tom Reyes', handle: '@tomreyes', key: 'x-chat:1590312648-1712345678' } },
    channel: 'private-unencrypted',
  },
  {
    page: 'linkedin',
    compose: '.msg-form__msg-content-container .msg-form__contenteditable[role="textbox"][contenteditable="true"]',
    send: { css: 'button.msg-form__send-button' },
    emptySend: 'disabled',
    identity: { name: 'Isabelle Gagnon', handle: null, key: 'linkedin:2-YmE3NjE4ZDgtNDU2Zi00ZGIxLWE0NGMtNmJmZTAyZjg5YzQ1XzEwMA==' },
    other: {
      id: '2-ZjE4YjQ1ZTMtOTFmZS00YjQ2LThlNjUtOWE2N2Q4NzYwNzFhXzEwMA==',
      identity: { name: 'Kevin Tran', handle: null, key: 'linkedin:2-ZjE4YjQ1ZTMtOTFmZS00YjQ2LThlNjUtOWE2N2Q4NzYwNzFhXzEwMA==' },
    },
    channel: 'private-unencrypted',
  },
  {
    page: 'instagram',
    compose: 'div[contenteditable="true"][role="textbox"][aria-label="Message"][data-lexical-editor="true"]',
    send: { css: 'div[role="button"]', text: 'Send' },
    emptySend: 'absent',
    notSend: '[aria-label="Voice Clip"]',
    identity: { name: 'Léa Fontaine', handle: '@lea.fontaine', key: 'instagram:340282366841710300949128137443944319108' },
    other: {
      id: '340282366841710300949128155678901234567',
      identity: { name: 'Youth Centre Montréal', handle: '@youthcentre.mtl', key: 'instagram:340282366841710300949128155678901234567' },
    },
    channel: 'private-unencrypted',
  },
  {
    page: 'telegram-k',
    compose: '.chat-input .input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
    send: { css: '.btn-send-container button.btn-send.send' },
    emptySend: 'absent',
    notSend: '.btn-send-container button.btn-send.record',
    identity: { name: 'Olivier Pelletier', handle: null, key: 'telegram-k:5123456789' },
    other: { id: '-1001987654321', identity: { name: 'Permanence juridique', handle: null, key: 'telegram-k:-1001987654321' } },
    channel: 'private-unencrypted',
  },
  {
    page: 'telegram-a',
    compose: '#editable-message-text',
    send: { css: 'button.Button.main-button.send' },
    emptySend: 'absent',
    notSend: 'button.Button.main-button.record',
    identity: { name: 'Émilie Bouchard', handle: null, key: 'telegram-a:7012345678' },
    other: { id: '7098765432', identity: { name: '+44 20 7946 0958', handle: '+44 20 7946 0958', key: 'telegram-a:7098765432' } },
    channel: 'private-unencrypted',
  },
  {
    page: 'gmail',
    compose: '.M9 div[aria-label="Message Body"][role="textbox"][g_editable="true"][contenteditable="true"]',
    send: { css: 'div[role="button"][data-tooltip^="Send"]' },
    emptySend: 'enabled',
    identity: { name: 'Client Name', handle: 'client@example.com', key: 'gmail:client@example.com' },
    other: { id: 'marie.lefort@lefort-avocats.example', identity: { name: 'Marie Lefort', handle: 'marie.lefort@lefort-avocats.example', key: 'gmail:marie.lefort@lefort-avocats.example' } },
    channel: 'private-unencrypted',
  },
];

interface Probe {
  adapter: string | null;
  /** The compose box found is the README's element (the first one the README selector names). */
  composeIsReadme: boolean;
  composeTag: string | null;
  /** What findSendButton returned: null, the README's button, or something else. */
  send: 'none' | 'readme' | 'other';
  sendDisabled: boolean | null;
  /** isSendButton for the innermost element of the returned button (a click on its icon). */
  leafIsSend: boolean | null;
  composeIsSend: boolean;
  bodyIsSend: boolean;
  /** isSendButton for the README's "not a send" control, when the page shows it. */
  notSendIsSend: boolean | null;
  identity: Identity | null;
  channel: string | null;
  pickerOpen: boolean | null;
}

/** Runs the adapter of the page's URL in the page and reports what it found. */
async function probe(page: Page, c: SiteCase): Promise<Probe> {
  return page.evaluate(
    ({ compose, send, notSend }): Probe => {
      const S = (window as unknown as { PrudenceSites: Sites }).PrudenceSites;
      const url = new URL(location.href);
      const a = S.adapterFor(url);
      const box = a?.findCompose(document) ?? null;
      const readmeBox = document.querySelector(compose);
      const readmeSend =
        Array.from(document.querySelectorAll<HTMLElement>(send.css)).find((el) => send.text === undefined || el.textContent?.trim() === send.text) ?? null;
      const button = a !== null && box !== null ? a.findSendButton(box) : null;
      let leaf: Element | null = button;
      while (leaf?.firstElementChild) leaf = leaf.firstElementChild;
      const other = notSend === undefined ? null : document.querySelector(notSend);
      return {
        adapter: a?.id ?? null,
        composeIsReadme: box !== null && box === readmeBox,
        composeTag: box?.tagName.toLowerCase() ?? null,
        send: button === null ? 'none' : button === readmeSend ? 'readme' : 'other',
        sendDisabled: button === null ? null : button.matches('[disabled], [aria-disabled="true"]'),
        leafIsSend: a !== null && box !== null && leaf !== null ? a.isSendButton(leaf, box) : null,
        composeIsSend: a !== null && box !== null ? a.isSendButton(box, box) : false,
        bodyIsSend: a !== null && box !== null ? a.isSendButton(document.body, box) : false,
        notSendIsSend: a !== null && box !== null && other !== null ? a.isSendButton(other, box) : null,
        identity: a !== null && box !== null ? a.identity(box, url) : null,
        channel: a !== null && box !== null ? a.channel(box, url) : null,
        pickerOpen: a !== null && box !== null ? a.pickerOpen(box) : null,
      };
    },
    { compose: c.compose, send: c.send, notSend: c.notSend },
  );
}

async function open(page: Page, playground: Playground, c: SiteCase): Promise<void> {
  await openPlayground(page, playground, c.page, c.path ?? '');
  await injectModule(page, 'src/sites/index.ts', 'PrudenceSites');
}

for (const c of CASES) {
  test.describe(`site adapter: ${c.page}`, () => {
    test.beforeEach(async ({ barePage, playground }) => {
      await open(barePage, playground, c);
    });

    test('finds the compose box, its identity and channel; no send button or picker on an empty draft', async ({ barePage }) => {
      const p = await probe(barePage, c);
      expect(p.adapter).toBe(c.page);
      expect(p.composeIsReadme).toBe(true);
      expect(p.identity).toEqual(c.identity);
      expect(p.channel).toBe(c.channel);
      expect(p.pickerOpen).toBe(false);
      expect(p.composeIsSend).toBe(false);
      expect(p.bodyIsSend).toBe(false);
      if (c.emptySend === 'absent') expect(p.send).toBe('none');
      else {
        expect(p.send).toBe('readme');
        expect(p.sendDisabled).toBe(c.emptySend === 'disabled');
      }
      if (c.notSend !== undefined) expect(p.notSendIsSend).toBe(false);
    });

    test('finds the send button once there is text, and a click inside it is a send', async ({ barePage }) => {
      await barePage.locator(c.compose).first().click();
      await barePage.keyboard.type('Bonjour, à demain.');
      await expect.poll(async () => (await probe(barePage, c)).send).toBe('readme');
      const p = await probe(barePage, c);
      expect(p.sendDisabled).toBe(false);
      expect(p.leafIsSend).toBe(true);
      expect(p.composeIsSend).toBe(false);
      expect(p.bodyIsSend).toBe(false);
      expect(p.composeIsReadme).toBe(true);
    });

    test('follows a switch to another conversation', async ({ barePage }) => {
      await barePage.evaluate((id) => (window as unknown as { __playground: { switchTo(id: string): void } }).__playground.switchTo(id), c.other.id);
      await expect.poll(async () => (await probe(barePage, c)).identity).toEqual(c.other.identity);
      const p = await probe(barePage, c);
      expect(p.identity?.key).not.toBe(c.identity.key);
      expect(p.identity?.name).not.toBe(c.identity.name);
      expect(p.composeIsReadme).toBe(true);
      expect(p.channel).toBe(c.channel);
    });

    if (c.picker !== undefined) {
      const trigger = c.picker;
      test(`sees the typeahead that "${trigger}" opens`, async ({ barePage }) => {
        await barePage.locator(c.compose).first().click();
        await barePage.keyboard.type('Hello ');
        expect((await probe(barePage, c)).pickerOpen).toBe(false);
        await barePage.keyboard.type(trigger);
        await expect(barePage.locator('[role="listbox"]')).toBeVisible();
        expect((await probe(barePage, c)).pickerOpen).toBe(true);
        await barePage.keyboard.press('Escape');
        await expect(barePage.locator('[role="listbox"]')).toBeHidden();
        expect((await probe(barePage, c)).pickerOpen).toBe(false);
      });
    }
  });
}

test.describe('site adapters: particular cases', () => {
  test('WhatsApp: the chat-list search box is never the compose box, even focused', async ({ barePage, playground }) => {
    await open(barePage, playground, CASES[0]!);
    await barePage.locator('input[aria-label="Search or start a new chat"]').click();
    await barePage.keyboard.type('So');
    const found = await barePage.evaluate(() => {
      const S = (window as unknown as { PrudenceSites: Sites }).PrudenceSites;
      const box = S.adapterFor(new URL(location.href))?.findCompose(document) ?? null;
      return { inFooter: box?.closest('#main footer') !== null && box !== null, isSearch: box === document.activeElement };
    });
    expect(found).toEqual({ inFooter: true, isSearch: false });
  });

  test('WhatsApp: a chat switch rebuilds the composer and the adapter finds the new one', async ({ barePage, playground }) => {
    await open(barePage, playground, CASES[0]!);
    const same = await barePage.evaluate(() => {
      const S = (window as unknown as { PrudenceSites: Sites }).PrudenceSites;
      const a = S.adapterFor(new URL(location.href));
      const before = a?.findCompose(document) ?? null;
      (window as unknown as { __playground: { switchTo(id: string): void } }).__playground.switchTo('15145550177@c.us');
      const after = a?.findCompose(document) ?? null;
      return { connected: before?.isConnected ?? null, same: before === after, found: after !== null };
    });
    expect(same).toEqual({ connected: false, same: false, found: true });
  });

  test('Telegram K: the hidden contenteditable clone is never taken', async ({ barePage, playground }) => {
    await open(barePage, playground, CASES.find((c) => c.page === 'telegram-k')!);
    await barePage.locator('.input-message-input:not(.input-field-input-fake)').click();
    await barePage.keyboard.type('Salut');
    const r = await barePage.evaluate(() => {
      const S = (window as unknown as { PrudenceSites: Sites }).PrudenceSites;
      const box = S.adapterFor(new URL(location.href))?.findCompose(document) ?? null;
      const fake = document.querySelector('.input-field-input-fake');
      return { fakeExists: fake !== null, fakeEditable: fake?.getAttribute('contenteditable'), isFake: box === fake, hasClass: box?.classList.contains('input-field-input-fake') };
    });
    expect(r).toEqual({ fakeExists: true, fakeEditable: 'true', isFake: false, hasClass: false });
  });

  test('X: a reply page opened directly answers the post it shows', async ({ barePage, playground }) => {
    const c = CASES.find((x) => x.page === 'x-post')!;
    await open(barePage, playground, { ...c, path: 'cityhousingmtl/status/1851234567890123457' });
    const p = await probe(barePage, c);
    expect(p.identity).toEqual({ name: 'City Housing Montréal', handle: '@cityhousingmtl', key: 'x-post:1851234567890123457' });
    expect(p.channel).toBe('public');
    await barePage.evaluate(() => (window as unknown as { __playground: { switchTo(id: string): void } }).__playground.switchTo('home'));
    await expect.poll(async () => (await probe(barePage, c)).identity).toEqual({ name: null, handle: null, key: 'x-post:home' });
  });

  test('Gmail: with two compose windows, each body gets its own send button and recipient; the last focused one is kept', async ({ barePage, playground }) => {
    await open(barePage, playground, CASES.find((x) => x.page === 'gmail')!);
    // A second compose window, as Gmail stacks them: a copy of the first, addressed to someone else.
    await barePage.evaluate(() => {
      const first = document.querySelector('.nH.Hd')!;
      const second = first.cloneNode(true) as HTMLElement;
      second.id = 'second-compose';
      second.style.right = '600px';
      const chip = second.querySelector('[name="to"] [role="option"]')!;
      chip.setAttribute('data-hovercard-id', 'greffe@tribunal.example');
      chip.setAttribute('data-name', 'Greffe du tribunal');
      first.after(second);
    });
    await barePage.locator('#second-compose [g_editable="true"]').click();
    const r = await barePage.evaluate(() => {
      const S = (window as unknown as { PrudenceSites: Sites }).PrudenceSites;
      const a = S.adapterFor(new URL(location.href))!;
      const second = document.querySelector<HTMLElement>('#second-compose [g_editable="true"]')!;
      const first = document.querySelector<HTMLElement>('.nH.Hd:not(#second-compose) [g_editable="true"]')!;
      const secondSend = document.querySelector('#second-compose div[role="button"][data-tooltip^="Send"]')!;
      const firstSend = document.querySelector('.nH.Hd:not(#second-compose) div[role="button"][data-tooltip^="Send"]')!;
      const focused = a.findCompose(document);
      (document.activeElement as HTMLElement | null)?.blur();
      const afterBlur = a.findCompose(document);
      return {
        focusedIsSecond: focused === second,
        keptAfterBlur: afterBlur === second,
        secondSend: a.findSendButton(second) === secondSend,
        firstSend: a.findSendButton(first) === firstSend,
        crossed: a.isSendButton(firstSend, second),
        own: a.isSendButton(secondSend, second),
        secondKey: a.identity(second, new URL(location.href)).key,
        firstKey: a.identity(first, new URL(location.href)).key,
      };
    });
    expect(r).toEqual({
      focusedIsSecond: true,
      keptAfterBlur: true,
      secondSend: true,
      firstSend: true,
      crossed: false,
      own: true,
      secondKey: 'gmail:greffe@tribunal.example',
      firstKey: 'gmail:client@example.com',
    });
  });

  test('X: a reply modal over the timeline is its own compose box, answering the post it shows', async ({ barePage, playground }) => {
    const c = CASES.find((x) => x.page === 'x-post')!;
    await open(barePage, playground, c);
    // X's reply modal: a dialog with the post being answered and a Draft.js composer with its own "Reply" button.
    await barePage.evaluate(() => {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.id = 'reply-modal';
      const article = document.querySelectorAll('article[data-testid="tweet"]')[2]!.cloneNode(true) as HTMLElement;
      const editable = document.createElement('div');
      editable.className = 'public-DraftEditor-content';
      editable.setAttribute('contenteditable', 'true');
      editable.setAttribute('role', 'textbox');
      editable.dataset.testid = 'tweetTextarea_0';
      const root = document.createElement('div');
      root.className = 'DraftEditor-root';
      root.append(editable);
      const button = document.createElement('button');
      button.dataset.testid = 'tweetButton';
      button.textContent = 'Reply';
      dialog.append(article, root, button);
      document.body.append(dialog);
    });
    await barePage.locator('#reply-modal [contenteditable="true"]').click();
    const r = await barePage.evaluate(() => {
      const S = (window as unknown as { PrudenceSites: Sites }).PrudenceSites;
      const a = S.adapterFor(new URL(location.href))!;
      const modal = document.querySelector<HTMLElement>('#reply-modal [contenteditable="true"]')!;
      const inline = document.querySelector<HTMLElement>('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]')!;
      const found = a.findCompose(document);
      return {
        modalFound: found === modal,
        modalSend: a.findSendButton(modal) === document.querySelector('#reply-modal [data-testid="tweetButton"]'),
        inlineSend: a.findSendButton(inline) === document.querySelector('[data-testid="tweetButtonInline"]'),
        modalIdentity: a.identity(modal, new URL(location.href)),
        inlineIdentity: a.identity(inline, new URL(location.href)),
      };
    });
    expect(r).toEqual({
      modalFound: true,
      modalSend: true,
      inlineSend: true,
      modalIdentity: { name: 'Social Work Today', handle: '@socialworknews', key: 'x-post:1851234567890123458' },
      inlineIdentity: { name: null, handle: null, key: 'x-post:home' },
    });
  });

  test('Messenger: a thread opened by its URL is keyed by its id', async ({ barePage, playground }) => {
    const c = CASES.find((x) => x.page === 'messenger')!;
    await open(barePage, playground, { ...c, path: 't/7654321098765432/' });
    expect((await probe(barePage, c)).identity).toEqual({ name: 'Foster parents – Laval', handle: null, key: 'messenger:7654321098765432' });
  });

  test('whyNot: no compose box when none is shown, unsupported on the playground index', async ({ barePage, playground }) => {
    await open(barePage, playground, CASES[0]!);
    const found = await barePage.evaluate(() => {
      const S = (window as unknown as { PrudenceSites: Sites }).PrudenceSites;
      return S.whyNot(document, new URL(location.href));
    });
    expect(found).toBeNull();
    // The page before a chat is opened: no #main at all.
    const blank = await barePage.evaluate(() => {
      const S = (window as unknown as { PrudenceSites: Sites }).PrudenceSites;
      return S.whyNot(document.implementation.createHTMLDocument(''), new URL(location.href));
    });
    expect(blank).toMatchObject({ reason: 'no-compose-box', site: 'whatsapp' });
    expect(blank !== null && blank.reason === 'no-compose-box' ? blank.tried.length : 0).toBeGreaterThan(0);
    // The composer in the page but not shown (a hidden pane) does not count.
    await barePage.addStyleTag({ content: '#main { display: none !important; }' });
    const hidden = await barePage.evaluate(() => {
      const S = (window as unknown as { PrudenceSites: Sites }).PrudenceSites;
      return S.whyNot(document, new URL(location.href));
    });
    expect(hidden).toMatchObject({ reason: 'no-compose-box', site: 'whatsapp' });

    await barePage.goto(`${playground.origin}/`);
    await injectModule(barePage, 'src/sites/index.ts', 'PrudenceSites');
    const index = await barePage.evaluate(() => {
      const S = (window as unknown as { PrudenceSites: Sites }).PrudenceSites;
      return S.whyNot(document, new URL(location.href));
    });
    expect(index).toEqual({ reason: 'unsupported-site', url: `${playground.origin}/` });
  });

  test('every selector of every adapter parses in Chromium', async ({ barePage, playground }) => {
    await open(barePage, playground, CASES[0]!);
    const broken = await barePage.evaluate(() => {
      const S = (window as unknown as { PrudenceSites: Sites }).PrudenceSites;
      const bad: string[] = [];
      for (const a of S.ADAPTERS) {
        for (const s of [...a.selectors.compose, ...a.selectors.send]) {
          try {
            document.querySelector(s);
          } catch {
            bad.push(`${a.id}: ${s}`);
          }
        }
      }
      return bad;
    });
    expect(broken).toEqual([]);
  });
});
