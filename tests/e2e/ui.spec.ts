/**
 * The in-page UI on its own, in a bare page: badge, panel, confirm dialog.
 * Its shadow root is closed, so the tests reach it through the test-only
 * hook of createGuardUi and act on it with evaluate() and the real keyboard.
 * A small harness in the page plays the guard: it records every callback in
 * `window.calls` and, like the guard, re-renders on togglePanel/closePanel.
 */
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FindingView, GuardUi, NoticeView, UiState } from '../../src/ui/types';
import { ROOT } from './browser';
import { expect, injectModule, test } from './fixtures';
import { ADVICE, DATA } from './ui-findings';

type UiModule = typeof import('../../src/ui/test-entry');

declare global {
  interface Window {
    PrudenceUi: UiModule;
    ui: GuardUi;
    uiRoot: ShadowRoot;
    uiState: UiState;
    calls: unknown[][];
    show(state: UiState): void;
  }
}

const SHOTS = join(ROOT, '.output', 'ui-shots');
const PAGE = '<!doctype html><html><body><div id="box" style="position:absolute;top:400px;left:100px;width:500px;height:60px"></div></body></html>';
const BOX = { top: 400, left: 100, width: 500, height: 60 };
const XSS = '<img src=x onerror=alert(1)>';

const CONSENT: NoticeView = {
  kind: 'consent',
  text: 'No consent to texting is on file for this client. Ask for it before you discuss the matter by message.',
  reply: { templateId: 'notice.consent-request', text: 'Hi Marie, before we go further by text message, could you confirm that you agree?' },
};
const UNENCRYPTED: NoticeView = { kind: 'unencrypted', text: 'This conversation is not end-to-end encrypted. For anything confidential, use an encrypted app or call instead.' };

function state(over: Partial<UiState> = {}): UiState {
  return { locale: 'en', anchor: BOX, badge: 'idle', findings: [], panelOpen: false, confirm: null, recipient: null, notice: null, ...over };
}

async function setup(page: Page): Promise<void> {
  await page.setContent(PAGE);
  await injectModule(page, 'src/ui/test-entry.ts', 'PrudenceUi');
  await page.evaluate(() => {
    window.calls = [];
    const record =
      (name: string) =>
      (...args: unknown[]) => {
        window.calls.push([name, ...args]);
      };
    window.show = (s) => {
      window.uiState = s;
      window.ui.render(s);
    };
    window.ui = window.PrudenceUi.createGuardUi(
      {
        togglePanel: (...args: unknown[]) => {
          record('togglePanel')(...args);
          window.show({ ...window.uiState, panelOpen: !window.uiState.panelOpen });
        },
        closePanel: (...args: unknown[]) => {
          record('closePanel')(...args);
          window.show({ ...window.uiState, panelOpen: false });
        },
        ignore: record('ignore'),
        insert: record('insert'),
        edit: record('edit'),
        sendAnyway: record('sendAnyway'),
        falseAlarm: record('falseAlarm'),
        dismissNotice: record('dismissNotice'),
        dismissContextNotice: record('dismissContextNotice'),
      },
      document,
      (root) => {
        window.uiRoot = root;
      },
    );
  });
}

async function show(page: Page, s: UiState): Promise<void> {
  await page.evaluate((st) => window.show(st), s);
}

async function calls(page: Page): Promise<unknown[][]> {
  return page.evaluate(() => window.calls);
}

async function clearCalls(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.calls = [];
  });
}

/** All visible text of the UI (the style sheet left out), spaces normalised. */
async function uiText(page: Page, selector = '.root'): Promise<string> {
  const text = await page.evaluate((sel) => window.uiRoot.querySelector(sel)?.textContent ?? '', selector);
  return text.replace(/\s+/g, ' ');
}

/** Clicks the n-th button (inside `scope`) whose text or aria-label is `label`. */
async function clickButton(page: Page, label: string, n = 0, scope = '.root'): Promise<void> {
  const ok = await page.evaluate(
    ({ label, n, scope }) => {
      const buttons = [...(window.uiRoot.querySelector(scope)?.querySelectorAll('button') ?? [])];
      const matching = buttons.filter((b) => b.textContent?.trim() === label || b.getAttribute('aria-label') === label);
      const b = matching[n];
      b?.click();
      return b !== undefined;
    },
    { label, n, scope },
  );
  expect(ok, `button "${label}" #${n} in ${scope}`).toBe(true);
}

/** What has focus inside the UI: a button's text or label, a sentinel, a field's id, or null. */
async function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = window.uiRoot.activeElement;
    if (el === null) return null;
    if (el instanceof HTMLElement && el.dataset.sentinel) return `sentinel:${el.dataset.sentinel}`;
    if (el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) return `#${el.id}`;
    return el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
  });
}

async function badge(page: Page): Promise<{ label: string | null; text: string; expanded: string | null; rect: { top: number; left: number; bottom: number; right: number } } | null> {
  return page.evaluate(() => {
    const b = window.uiRoot.querySelector('button.badge');
    if (b === null) return null;
    const r = b.getBoundingClientRect();
    return { label: b.getAttribute('aria-label'), text: b.textContent ?? '', expanded: b.getAttribute('aria-expanded'), rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right } };
  });
}

test.beforeEach(async ({ barePage }) => {
  await setup(barePage);
});

test('one host on the root element, with a closed shadow root holding the styles', async ({ barePage }) => {
  await show(barePage, state());
  const info = await barePage.evaluate(() => {
    const hosts = document.querySelectorAll('prudence-guard');
    const host = hosts[0] as HTMLElement;
    return {
      count: hosts.length,
      parentIsRoot: host.parentElement === document.documentElement,
      isUiHost: host === window.ui.host,
      open: host.shadowRoot,
      mode: window.uiRoot.mode,
      hasStyle: window.uiRoot.querySelector('style')?.textContent?.includes(':host') ?? false,
      position: getComputedStyle(host).position,
      z: getComputedStyle(host).zIndex,
    };
  });
  expect(info).toEqual({ count: 1, parentIsRoot: true, isUiHost: true, open: null, mode: 'closed', hasStyle: true, position: 'fixed', z: '2147483647' });
});

test('page CSS cannot hide or restyle the host', async ({ barePage }) => {
  await barePage.addStyleTag({ content: 'prudence-guard { display: none !important; position: static !important } * { font-family: serif !important; color: red !important }' });
  await show(barePage, state({ badge: 'warn', findings: [DATA] }));
  const seen = await barePage.evaluate(() => {
    const b = window.uiRoot.querySelector('button.badge') as HTMLElement;
    return { display: getComputedStyle(window.ui.host).display, visible: b.getBoundingClientRect().width > 0, font: getComputedStyle(b).fontFamily };
  });
  expect(seen.display).toBe('block');
  expect(seen.visible).toBe(true);
  expect(seen.font).not.toBe('serif');
});

test('the badge says its state and count, sits in the box corner, and toggles the panel', async ({ barePage }) => {
  const cases: Array<[UiState['badge'], FindingView[], RegExp, string]> = [
    ['idle', [], /^Prudence: nothing to check yet, show details$/, ''],
    ['clean', [], /^Prudence: nothing risky found, show details$/, ''],
    ['warn', [DATA, { ...DATA, id: 'personal-data:60-72' }], /^Prudence: 2 risks found, show details$/, '2'],
    ['block', [ADVICE], /^Prudence: 1 risk found, sending will ask first, show details$/, '1'],
    ['error', [], /^Prudence: this draft could not be checked, show details$/, '!'],
  ];
  for (const [s, findings, label, text] of cases) {
    await show(barePage, state({ badge: s, findings }));
    const b = await badge(barePage);
    expect(b?.label, s).toMatch(label);
    expect(b?.text, s).toBe(text);
    expect(b?.expanded, s).toBe('false');
    // Inside the compose box, bottom-right.
    expect(b?.rect.right).toBeLessThanOrEqual(BOX.left + BOX.width);
    expect(b?.rect.right).toBeGreaterThan(BOX.left + BOX.width - 20);
    expect(b?.rect.bottom).toBeLessThanOrEqual(BOX.top + BOX.height);
    expect(b?.rect.bottom).toBeGreaterThan(BOX.top + BOX.height - 20);
  }

  await show(barePage, state({ badge: 'warn', findings: [DATA] }));
  await clickButton(barePage, 'Prudence: 1 risk found, show details');
  expect(await calls(barePage)).toEqual([['togglePanel']]);
  const open = await badge(barePage);
  expect(open?.expanded).toBe('true');
  expect(open?.label).toBe('Prudence: 1 risk found, hide details');

  await show(barePage, state({ anchor: null, badge: 'warn', findings: [DATA] }));
  expect(await badge(barePage)).toBeNull();
});

test('the badge is reachable with Tab and opens with Enter', async ({ barePage }) => {
  await show(barePage, state({ badge: 'block', findings: [ADVICE] }));
  await barePage.keyboard.press('Tab');
  expect(await focused(barePage)).toMatch(/^Prudence: 1 risk found/);
  await barePage.keyboard.press('Enter');
  expect(await calls(barePage)).toEqual([['togglePanel']]);
  expect(await barePage.evaluate(() => window.uiRoot.querySelector('[role="dialog"]') !== null)).toBe(true);
});

test('the panel lists each finding and its buttons call back with the right ids', async ({ barePage }) => {
  await show(barePage, state({ badge: 'block', findings: [ADVICE, DATA], panelOpen: true, recipient: 'Marie Tremblay' }));
  const panel = await barePage.evaluate(() => {
    const p = window.uiRoot.querySelector('[role="dialog"]');
    const r = p?.getBoundingClientRect();
    return { modal: p?.getAttribute('aria-modal') ?? null, heading: p?.querySelector('h2')?.textContent, bottom: r?.bottom ?? -1, top: r?.top ?? -1, cards: p?.querySelectorAll('.card').length };
  });
  expect(panel.modal).toBeNull();
  expect(panel.heading).toBe('Prudence');
  expect(panel.cards).toBe(2);
  // Above the box, inside the viewport.
  expect(panel.bottom).toBeLessThanOrEqual(BOX.top);
  expect(panel.top).toBeGreaterThanOrEqual(0);

  const text = await uiText(barePage, '[role="dialog"]');
  expect(text).toContain('To: Marie Tremblay');
  expect(text).toContain('2 risks found in this draft');
  for (const f of [ADVICE, DATA]) {
    expect(text).toContain(f.ruleName);
    expect(text).toContain(`“${f.words}”`);
    expect(text).toContain(f.why.slice(1));
  }
  expect(text).toContain('Asks before sending');
  expect(text).toContain('Warning');
  expect(text).toContain(ADVICE.replies[0]?.text);

  await clickButton(barePage, 'Ignore for this draft', 1);
  await clickButton(barePage, 'Insert this reply', 1);
  await clickButton(barePage, 'Close the Prudence panel');
  expect(await calls(barePage)).toEqual([['ignore', DATA.id], ['insert', ADVICE.replies[1]], ['closePanel']]);
});

test('a long reply shows two lines until expanded', async ({ barePage }) => {
  await show(barePage, state({ badge: 'block', findings: [ADVICE], panelOpen: true }));
  const height = () => barePage.evaluate(() => (window.uiRoot.querySelector('.reply__text') as HTMLElement).getBoundingClientRect().height);
  const lineHeight = await barePage.evaluate(() => parseFloat(getComputedStyle(window.uiRoot.querySelector('.reply__text') as HTMLElement).lineHeight));
  const clamped = await height();
  expect(clamped).toBeLessThanOrEqual(lineHeight * 2 + 1);
  await clickButton(barePage, 'Show the whole reply');
  expect(await height()).toBeGreaterThan(clamped);
  await clickButton(barePage, 'Show less');
  expect(await height()).toBe(clamped);
  expect(await calls(barePage)).toEqual([]);
});

test('closing the panel from inside puts focus back on the badge', async ({ barePage }) => {
  await show(barePage, state({ badge: 'warn', findings: [DATA], panelOpen: true }));
  await barePage.evaluate(() => (window.uiRoot.querySelector('[data-action="close"]') as HTMLElement).focus());
  await barePage.keyboard.press('Enter');
  expect(await calls(barePage)).toEqual([['closePanel']]);
  expect(await barePage.evaluate(() => window.uiRoot.querySelector('[role="dialog"]'))).toBeNull();
  expect(await focused(barePage)).toMatch(/^Prudence: 1 risk found/);
});

test('the clean, idle and error panels say so', async ({ barePage }) => {
  await show(barePage, state({ badge: 'clean', panelOpen: true }));
  expect(await uiText(barePage, '[role="dialog"]')).toContain('Nothing risky found in this draft.');
  await show(barePage, state({ badge: 'idle', panelOpen: true }));
  expect(await uiText(barePage, '[role="dialog"]')).toContain('Nothing to check yet');
  await show(barePage, state({ badge: 'error', panelOpen: true }));
  expect(await uiText(barePage, '[role="dialog"]')).toContain('Prudence could not check this draft.');
});

test('a notice is an alert, in the panel or on its own, and can be dismissed', async ({ barePage }) => {
  const notice = 'The reply could not be inserted: the editor refused it';
  await show(barePage, state({ badge: 'warn', findings: [DATA], panelOpen: true, notice }));
  expect(await uiText(barePage, '[role="dialog"] [role="alert"]')).toContain(notice);
  await clickButton(barePage, 'Dismiss', 0, '[role="alert"]');
  await show(barePage, state({ badge: 'warn', findings: [DATA], panelOpen: false, notice }));
  expect(await barePage.evaluate(() => window.uiRoot.querySelector('[role="dialog"]'))).toBeNull();
  expect(await uiText(barePage, '[role="alert"]')).toContain(notice);
  await clickButton(barePage, 'Dismiss', 0, '[role="alert"]');
  expect(await calls(barePage)).toEqual([['dismissNotice'], ['dismissNotice']]);
});

/** The notices' stack: its box, its live region's attributes, and its text. */
async function stack(page: Page): Promise<{ top: number; bottom: number; left: number; right: number; live: string | null; role: string | null; text: string }> {
  return page.evaluate(() => {
    const el = window.uiRoot.querySelector('.stack') as HTMLElement;
    const region = el.querySelector('.cnotices');
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, live: region?.getAttribute('aria-live') ?? null, role: region?.getAttribute('role') ?? null, text: el.textContent ?? '' };
  });
}

test('notices: a polite live region near the box, never over it, reachable with Tab from the badge, each dismissible', async ({ barePage }) => {
  // The region is there before any notice, so a screen reader announces what arrives in it.
  await show(barePage, state({ badge: 'clean' }));
  const before = await stack(barePage);
  expect(before).toMatchObject({ live: 'polite', role: 'status', text: '' });
  expect(before.bottom - before.top).toBe(0);

  await show(barePage, state({ badge: 'clean', notices: [CONSENT, UNENCRYPTED] }));
  const shown = await stack(barePage);
  expect(shown.text).toContain(CONSENT.text);
  expect(shown.text).toContain(UNENCRYPTED.text);
  // Above the box, clear of it.
  expect(shown.bottom).toBeLessThanOrEqual(BOX.top);
  expect(shown.top).toBeGreaterThanOrEqual(0);

  // Tab: the badge, then the notices' buttons in order.
  const order: Array<string | null> = [];
  for (let i = 0; i < 4; i++) {
    await barePage.keyboard.press('Tab');
    order.push(await focused(barePage));
  }
  expect(order).toEqual(['Prudence: nothing risky found, show details', 'Insert a consent request', 'Dismiss', 'Dismiss']);
  await barePage.keyboard.press('Enter');
  await barePage.keyboard.press('Shift+Tab');
  await barePage.keyboard.press('Shift+Tab');
  await barePage.keyboard.press('Enter');
  expect(await calls(barePage)).toEqual([['dismissContextNotice', 'unencrypted'], ['insert', CONSENT.reply]]);

  // A box at the top of the viewport: the notices go below it.
  await show(barePage, state({ badge: 'clean', anchor: { top: 10, left: 100, width: 500, height: 60 }, notices: [UNENCRYPTED] }));
  const below = await stack(barePage);
  expect(below.top).toBeGreaterThanOrEqual(70);

  // The panel open: the notices are in it, the stack is empty.
  await show(barePage, state({ badge: 'clean', panelOpen: true, notices: [UNENCRYPTED] }));
  expect((await stack(barePage)).text).toBe('');
  expect(await uiText(barePage, '[role="dialog"] [aria-live="polite"]')).toContain(UNENCRYPTED.text);
  await clearCalls(barePage);
  await clickButton(barePage, 'Dismiss', 0, '[role="dialog"]');
  expect(await calls(barePage)).toEqual([['dismissContextNotice', 'unencrypted']]);

  // French.
  await show(barePage, state({ locale: 'fr', badge: 'clean', notices: [{ ...CONSENT, text: 'Le consentement de cette personne aux textos ne figure pas au dossier.' }] }));
  const fr = await stack(barePage);
  expect(fr.text).toContain('Insérer une demande de consentement');
  expect(fr.text).toContain('Masquer');
  expect(await barePage.evaluate(() => window.uiRoot.querySelector('.cnotices')?.getAttribute('aria-label'))).toBe('Avis de Prudence');
});

test('message content is text: markup in words, why, replies or recipient creates no element', async ({ barePage }) => {
  const dialogs: string[] = [];
  barePage.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const evil: FindingView = { ...DATA, words: XSS, why: `contains ${XSS}`, ruleName: XSS, replies: [{ templateId: 'x', text: XSS }] };
  await show(barePage, state({ badge: 'block', findings: [evil], panelOpen: true, recipient: XSS, notice: XSS }));
  await show(barePage, { ...state({ badge: 'block', findings: [evil], panelOpen: true, recipient: XSS, notice: XSS }), confirm: { findings: [evil], reply: { templateId: 'x', text: XSS } } });
  await barePage.waitForTimeout(200);
  const seen = await barePage.evaluate(() => ({
    imgs: window.uiRoot.querySelectorAll('img').length + document.querySelectorAll('img').length,
    words: [...window.uiRoot.querySelectorAll('.words')].map((n) => n.textContent),
    text: window.uiRoot.querySelector('.root')?.textContent ?? '',
  }));
  expect(seen.imgs).toBe(0);
  expect(seen.words).toEqual([`“${XSS}”`, `“${XSS}”`]);
  expect(seen.text.split(XSS).length - 1).toBeGreaterThanOrEqual(8);
  expect(dialogs).toEqual([]);
});

test('French: the badge, panel and dialog speak French, and rules have French names', async ({ barePage }) => {
  const fr: FindingView = { ...DATA, ruleName: await barePage.evaluate(() => window.PrudenceUi.ruleName('personal-data', 'fr')) };
  await show(barePage, state({ locale: 'fr', badge: 'warn', findings: [fr, { ...fr, id: 'b' }], panelOpen: true, recipient: 'Marie Tremblay' }));
  const b = await badge(barePage);
  expect(b?.label?.replace(/\s/g, ' ')).toBe('Prudence : 2 risques relevés, masquer les détails');
  const panel = (await uiText(barePage, '[role="dialog"]')).replace(/\s/g, ' ');
  for (const s of ['À : Marie Tremblay', '2 risques relevés dans ce brouillon', 'Données personnelles', 'Passage relevé', '« 514-555-0199 »', 'Avertissement', 'Ignorer pour ce brouillon']) {
    expect(panel).toContain(s);
  }
  expect(panel).not.toMatch(/Ignore for|risks found|Flagged/);

  await show(barePage, state({ locale: 'fr', badge: 'warn', findings: [fr] }));
  expect((await badge(barePage))?.label?.replace(/\s/g, ' ')).toBe('Prudence : 1 risque relevé, afficher les détails');

  await show(barePage, state({ locale: 'fr', badge: 'block', findings: [fr], confirm: { findings: [{ ...fr, severity: 'block' }], reply: { templateId: 'r', text: 'Bonjour, je vous appelle demain.' } } }));
  const dialog = (await uiText(barePage, '[role="alertdialog"]')).replace(/\s/g, ' ');
  for (const s of ['Envoyer ce message ?', 'Modifier le brouillon', 'Envoyer quand même', "C'est une fausse alerte", 'Utiliser plutôt cette réponse', "Confirmation avant l'envoi"]) {
    expect(dialog).toContain(s);
  }

  const names = await barePage.evaluate(() => {
    const ids = ['legal-advice', 'case-strategy', 'no-mandate', 'binding-commitment', 'liability-admission', 'personal-data', 'hostile-tone'];
    return ids.map((id) => [id, window.PrudenceUi.ruleName(id, 'en'), window.PrudenceUi.ruleName(id, 'fr')]);
  });
  for (const [id, en, fr2] of names) {
    expect(en, id).not.toBe(id);
    expect(fr2, id).not.toBe(id);
    expect(fr2, id).not.toBe(en);
  }
  expect(names.find(([id]) => id === 'hostile-tone')).toEqual(['hostile-tone', 'Hostile tone', 'Ton hostile']);
  expect(await barePage.evaluate(() => [window.PrudenceUi.ruleName('policy:no-crypto', 'en'), window.PrudenceUi.ruleName('policy:no-crypto', 'fr')])).toEqual(['no-crypto', 'no-crypto']);
});

test('the confirm dialog: content, focus on "Edit draft", a Tab trap, and its buttons', async ({ barePage }) => {
  const reply = ADVICE.replies[0] ?? null;
  const confirming = state({ badge: 'block', findings: [ADVICE], confirm: { findings: [ADVICE], reply } });
  await show(barePage, confirming);
  const dialog = await barePage.evaluate(() => {
    const d = window.uiRoot.querySelector('[role="alertdialog"]');
    return { modal: d?.getAttribute('aria-modal'), title: d?.querySelector('h2')?.textContent, labelled: d?.getAttribute('aria-labelledby') };
  });
  expect(dialog).toEqual({ modal: 'true', title: 'Send this message?', labelled: 'prudence-confirm-title' });
  const text = await uiText(barePage, '[role="alertdialog"]');
  for (const s of [ADVICE.ruleName, `“${ADVICE.words}”`, ADVICE.why.slice(1), reply?.text ?? '', 'Use this reply instead', 'records your report']) expect(text).toContain(s);

  await barePage.evaluate(() => window.ui.focusDialog());
  expect(await focused(barePage)).toBe('Edit draft');

  // Tab goes round the dialog's controls and back, never leaving it.
  const order: Array<string | null> = [];
  for (let i = 0; i < 7; i++) {
    await barePage.keyboard.press('Tab');
    order.push(await focused(barePage));
  }
  expect(order).toEqual(['Send anyway', 'This is a false alarm', 'Use this reply instead', 'Show the whole reply', '#prudence-justification', '#prudence-reason', 'Edit draft']);
  const back: Array<string | null> = [];
  for (let i = 0; i < 7; i++) {
    await barePage.keyboard.press('Shift+Tab');
    back.push(await focused(barePage));
  }
  expect(back).toEqual(['#prudence-reason', '#prudence-justification', 'Show the whole reply', 'Use this reply instead', 'This is a false alarm', 'Send anyway', 'Edit draft']);
  expect(await barePage.evaluate(() => document.activeElement === window.ui.host)).toBe(true);

  // A click on the backdrop leaves focus in the dialog.
  await barePage.mouse.click(5, 5);
  expect(await focused(barePage)).toBe('Edit draft');

  await clickButton(barePage, 'Use this reply instead');
  await clickButton(barePage, 'Edit draft');
  await clickButton(barePage, 'Send anyway');
  await clickButton(barePage, 'This is a false alarm');
  expect(await calls(barePage)).toEqual([['insert', reply], ['edit'], ['sendAnyway'], ['falseAlarm']]);
});

test('the confirm dialog: a justification category and a reason, both optional unless the organisation asks for a reason', async ({ barePage }) => {
  await show(barePage, state({ badge: 'block', findings: [ADVICE], confirm: { findings: [ADVICE], reply: null } }));
  const text = await uiText(barePage, '[role="alertdialog"]');
  expect(text).toContain('Choose a category (optional)');
  expect(text).toContain('Why send it anyway? (optional)');
  expect(text).toContain('without the message');
  const options = await barePage.evaluate(() => [...(window.uiRoot.querySelector('#prudence-justification') as HTMLSelectElement).options].map((o) => o.textContent));
  expect(options).toEqual(['Choose a category (optional)', 'The client asked for it', 'Already discussed with the client', 'Not advice or a commitment', 'Information already public', 'Other reason']);

  // Without either, "Send anyway" sends with neither.
  await clickButton(barePage, 'Send anyway');
  expect(await calls(barePage)).toEqual([['sendAnyway']]);
  await clearCalls(barePage);

  // Chosen with the keyboard: Shift+Tab from "Edit draft" reaches the reason, then the category.
  await show(barePage, state({ badge: 'block', findings: [ADVICE], confirm: null }));
  await show(barePage, state({ badge: 'block', findings: [ADVICE], confirm: { findings: [ADVICE], reply: null, keep: 'text' } }));
  expect(await uiText(barePage, '[role="alertdialog"]')).toContain('with the message itself');
  await barePage.evaluate(() => window.ui.focusDialog());
  await barePage.keyboard.press('Shift+Tab');
  expect(await focused(barePage)).toBe('#prudence-reason');
  await barePage.keyboard.type('  Agreed at the meeting  ');
  await barePage.keyboard.press('Shift+Tab');
  expect(await focused(barePage)).toBe('#prudence-justification');
  await barePage.keyboard.press('ArrowDown');
  await barePage.keyboard.press('ArrowDown');
  expect(await barePage.evaluate(() => (window.uiRoot.querySelector('#prudence-justification') as HTMLSelectElement).value)).toBe('already-discussed');
  await clickButton(barePage, 'This is a false alarm');
  expect(await calls(barePage)).toEqual([['falseAlarm', 'Agreed at the meeting', 'already-discussed']]);
});

test('Escape: "Edit draft" while confirming, close the panel otherwise; other keys do nothing', async ({ barePage }) => {
  const escape = () => barePage.evaluate(() => window.ui.handleKey(new KeyboardEvent('keydown', { key: 'Escape' })));
  await show(barePage, state({ badge: 'block', findings: [ADVICE], confirm: { findings: [ADVICE], reply: null } }));
  await escape();
  expect(await calls(barePage)).toEqual([['edit']]);

  await clearCalls(barePage);
  await show(barePage, state({ badge: 'block', findings: [ADVICE], panelOpen: true }));
  await barePage.evaluate(() => window.ui.handleKey(new KeyboardEvent('keydown', { key: 'Enter' })));
  expect(await calls(barePage)).toEqual([]);
  await escape();
  expect(await calls(barePage)).toEqual([['closePanel']]);
});

test('destroy() unmounts and removes the host', async ({ barePage }) => {
  await show(barePage, state({ badge: 'warn', findings: [DATA], panelOpen: true }));
  const after = await barePage.evaluate(() => {
    window.ui.destroy();
    window.ui.render(window.uiState);
    return { hosts: document.querySelectorAll('prudence-guard').length, left: window.uiRoot.querySelector('.root') };
  });
  expect(after).toEqual({ hosts: 0, left: null });
});

test('screenshots for review: badge and panel, confirm dialog (English)', async ({ barePage }) => {
  mkdirSync(SHOTS, { recursive: true });
  // No fade-in half-way through a shot (Playwright's own animation switch does not reach into closed roots).
  await barePage.emulateMedia({ reducedMotion: 'reduce' });
  await barePage.evaluate(() => {
    const box = document.getElementById('box') as HTMLElement;
    box.style.border = '1px solid #bbb';
    box.style.borderRadius = '8px';
    box.style.font = '15px system-ui';
    box.style.padding = '8px';
    box.textContent = 'You can break the lease without penalty. Call me at 514-555-0199.';
  });
  const findings = [ADVICE, DATA];
  await show(barePage, state({ badge: 'block', findings, panelOpen: true, recipient: 'Marie Tremblay' }));
  await barePage.screenshot({ path: join(SHOTS, 'panel-en.png'), animations: 'disabled' });
  await barePage.emulateMedia({ colorScheme: 'dark' });
  await barePage.screenshot({ path: join(SHOTS, 'panel-en-dark.png'), animations: 'disabled' });
  await barePage.emulateMedia({ colorScheme: 'light' });
  await show(barePage, state({ locale: 'fr', badge: 'warn', findings: [{ ...DATA, ruleName: 'Données personnelles', why: 'contient un numéro de téléphone : « 514-555-0199 »' }], panelOpen: true, recipient: 'Marie Tremblay', notice: "La réponse n'a pas pu être insérée : l'éditeur l'a refusée" }));
  await barePage.screenshot({ path: join(SHOTS, 'panel-fr.png'), animations: 'disabled' });
  await show(barePage, state({ badge: 'block', findings, confirm: { findings: [ADVICE], reply: ADVICE.replies[0] ?? null } }));
  await barePage.evaluate(() => window.ui.focusDialog());
  await barePage.screenshot({ path: join(SHOTS, 'confirm-en.png'), animations: 'disabled' });
  await show(barePage, state({ badge: 'clean', notices: [CONSENT, UNENCRYPTED] }));
  await barePage.screenshot({ path: join(SHOTS, 'notices-en.png'), animations: 'disabled' });
});
