/**
 * Helpers for the guard's end-to-end specs. The guard's UI lives in closed
 * shadow roots, out of reach of page scripts and of Playwright's locators; the
 * tests read and click it through the DevTools protocol, which sees closed
 * roots (DOM.getDocument with pierce), and with the real mouse and keyboard.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect } from './fixtures';
import { CHROME_EXTENSION_ID } from '../../src/policy/ids';

// The extension APIs, inside service-worker evaluate() callbacks (typed loosely: test code only).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Status {
  site: string | null;
  active: boolean;
  identity: { name: string | null; handle: string | null; key: string } | null;
  context: { profile: string; recipient: string; channel: string } | null;
  badge: string;
  findings: Array<{ ruleId: string; severity: string; words: string }>;
  whyNot: { reason: string } | null;
  highlightMode: 'api' | 'overlay';
  /** The notices about the conversation's setting shown last. */
  notices: string[];
}

async function worker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Replaces the guard's settings in storage.local (the content scripts pick them up at once). */
export async function setSettings(context: BrowserContext, settings: Record<string, unknown>): Promise<void> {
  const sw = await worker(context);
  await sw.evaluate(async (s) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({ settings: s });
  }, settings);
}

export async function storageGet(context: BrowserContext, key: string): Promise<unknown> {
  const sw = await worker(context);
  return sw.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/** What the content script in `page` reports (the message the popup will send). */
export async function guardStatus(page: Page): Promise<Status | null> {
  const sw = await worker(page.context());
  const url = page.url();
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    for (const tab of tabs) {
      if (tab.id === undefined || (tab.url !== undefined && tab.url !== u)) continue;
      try {
        const res = await chrome.tabs.sendMessage(tab.id, { type: 'prudence:status' });
        if (res) return res;
      } catch {
        /* no content script in that tab */
      }
    }
    return null;
  }, url) as Promise<Status | null>;
}

export async function waitForStatus(page: Page, test: (s: Status) => boolean, what: string, timeout = 5000): Promise<Status> {
  let last: Status | null = null;
  await expect
    .poll(async () => {
      last = await guardStatus(page);
      return last !== null && test(last);
    }, { message: `guard status: ${what}`, timeout })
    .toBe(true);
  return last as unknown as Status;
}

// ---------------------------------------------------------------- closed shadow roots through CDP

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (s === undefined) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function walk(node: CdpNode, visit: (n: CdpNode) => void): void {
  visit(node);
  for (const c of node.shadowRoots ?? []) walk(c, visit);
  for (const c of node.children ?? []) walk(c, visit);
}

function textOf(node: CdpNode): string {
  let out = '';
  walk(node, (n) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
  });
  return out;
}

function attr(node: CdpNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

/** The shadow root of our UI host (`prudence-guard`), or null. */
async function uiRoot(page: Page): Promise<CdpNode | null> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  let found: CdpNode | null = null;
  walk(root, (n) => {
    if (found === null && n.localName === 'prudence-guard') found = n.shadowRoots?.[0] ?? null;
  });
  return found;
}

/** All text of the guard's UI (badge, panel, dialog), '' when not mounted. */
export async function uiText(page: Page): Promise<string> {
  const root = await uiRoot(page);
  if (root === null) return '';
  let out = '';
  const visit = (n: CdpNode): void => {
    // Style sheets are text nodes too: leave them out.
    if (n.localName === 'style') return;
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    for (const c of n.shadowRoots ?? []) visit(c);
    for (const c of n.children ?? []) visit(c);
  };
  visit(root);
  return out;
}

/** Buttons of the guard's UI with their label (text or aria-label). */
async function uiButtons(page: Page): Promise<Array<{ label: string; node: CdpNode }>> {
  const root = await uiRoot(page);
  if (root === null) return [];
  const out: Array<{ label: string; node: CdpNode }> = [];
  walk(root, (n) => {
    if (n.localName === 'button') out.push({ label: `${attr(n, 'aria-label') ?? ''} ${textOf(n)}`.trim(), node: n });
  });
  return out;
}

/**
 * Clicks, with the real mouse, the first UI button whose label matches,
 * scrolled into view first as a user would (the panel's body scrolls). The UI
 * re-renders as the draft is analysed: a button replaced between finding it
 * and measuring it is looked up again.
 */
export async function clickUi(page: Page, label: RegExp): Promise<void> {
  const s = await cdp(page);
  let box: number[] | undefined;
  await expect
    .poll(async () => {
      const target = (await uiButtons(page)).find((b) => label.test(b.label));
      if (target === undefined) return false;
      try {
        await s.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: target.node.backendNodeId });
        box = ((await s.send('DOM.getBoxModel', { backendNodeId: target.node.backendNodeId })) as { model: { content: number[] } }).model.content;
        return true;
      } catch {
        return false; // detached by a re-render: find it again
      }
    }, { message: `a guard button matching ${label}`, timeout: 5000 })
    .toBe(true);
  const [x1, y1, , , x3, y3] = box as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Ranges registered with the CSS Custom Highlight API, as text, per highlight name. */
export async function registeredHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    if (!('highlights' in CSS)) return out;
    CSS.highlights.forEach((h, name) => {
      out[name] = [...h].map((r) => r.toString());
    });
    return out;
  });
}

/** Boxes of the overlay path: [x, y, width, height] each. */
export async function overlayBoxes(page: Page): Promise<number[][]> {
  const attr = await page.evaluate(() => document.querySelector('prudence-marks')?.getAttribute('data-boxes') ?? null);
  if (attr === null || attr === '') return [];
  return attr.split(';').map((b) => b.split(',').map(Number));
}

/** Client rects, in the page, of the first occurrence of `words` in the element matched by `selector`. */
export async function wordRects(page: Page, selector: string, words: string): Promise<number[][]> {
  return page.evaluate(
    ({ selector, words }) => {
      const el = document.querySelector(selector);
      if (el === null) return [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf(words);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + words.length);
        return [...r.getClientRects()].map((x) => [x.left, x.top, x.width, x.height]);
      }
      return [];
    },
    { selector, words },
  );
}

/**
 * Every value of one of the journal's stores, read from an extension page
 * (the journal is IndexedDB in the extension's own origin): the records,
 * oldest first, or the counters' rows.
 */
async function journalStore(context: BrowserContext, which: 'records' | 'counters'): Promise<Array<Record<string, unknown>>> {
  const p = await context.newPage();
  try {
    await p.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html`);
    return await p.evaluate(
      (w) =>
        new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
          const name = w === 'counters' ? 'meta' : 'records';
          const rq = indexedDB.open('prudence-journal');
          rq.onerror = () => reject(rq.error);
          rq.onsuccess = () => {
            const db = rq.result;
            if (!db.objectStoreNames.contains(name)) {
              db.close();
              resolve([]);
              return;
            }
            const store = db.transaction(name).objectStore(name);
            // The counters' rows are keyed ['count', week, rule] in the meta store.
            const all = w === 'counters' ? store.getAll(IDBKeyRange.bound(['count'], ['count', []])) : store.getAll();
            all.onsuccess = () => {
              db.close();
              resolve(all.result as Array<Record<string, unknown>>);
            };
            all.onerror = () => reject(all.error);
          };
        }),
      which,
    );
  } finally {
    await p.close();
  }
}

/** Every record of the journal, oldest first. */
export async function journalRecords(context: BrowserContext): Promise<Array<Record<string, unknown>>> {
  return journalStore(context, 'records');
}

const COUNTS = ['warned', 'revised', 'cancelled', 'sentAnyway', 'falseAlarm', 'sentAfterWarning'] as const;

/** The journal's counters for every draft (rule `*`), summed over the weeks. */
export async function journalCounters(context: BrowserContext): Promise<Record<(typeof COUNTS)[number], number>> {
  const sum = { warned: 0, revised: 0, cancelled: 0, sentAnyway: 0, falseAlarm: 0, sentAfterWarning: 0 };
  for (const row of await journalStore(context, 'counters')) {
    if (row.rule === '*') for (const k of COUNTS) sum[k] += Number(row[k] ?? 0);
  }
  return sum;
}

/**
 * Runs `fn(root, arg)` on the guard's closed shadow root, in the page, and
 * returns its result (JSON values only; `arg` too). The DevTools protocol
 * hands over the root itself, which page scripts cannot reach. Null when the
 * UI is not mounted.
 */
export async function inUi<T, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
  const root = await uiRoot(page);
  if (root === null) return null;
  const s = await cdp(page);
  const { object } = (await s.send('DOM.resolveNode', { backendNodeId: root.backendNodeId })) as { object: { objectId?: string } };
  const { result } = (await s.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () { return (${fn.toString()})(this, ${JSON.stringify(arg ?? null)}); }`,
    returnByValue: true,
  })) as { result: { value?: T } };
  return result.value ?? null;
}

/**
 * Presses Tab until focus is on a control of the guard's UI, inside the
 * element matching `within`, whose label (aria-label or text) matches
 * `label`: how a keyboard user reaches it (the UI comes after the page).
 */
export async function tabTo(page: Page, label: RegExp, within: string, most = 60): Promise<void> {
  const want = { source: label.source, flags: label.flags, within };
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const here = await inUi(
      page,
      (root, w) => {
        const el = root.activeElement;
        const text = (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
        return el !== null && el.closest(w.within) !== null && new RegExp(w.source, w.flags).test(text);
      },
      want,
    );
    if (here === true) return;
  }
  throw new Error(`Tab never reached a guard control matching ${label} in ${within}`);
}
