/**
 * What Prudence keeps about a conversation (the contacts registry, the
 * journal with its typed reason) stays out of the page's reach. After the
 * user marks a client and sends a held draft with a reason, the page's own
 * scripts look everywhere they can: their IndexedDB, Web Storage, cookies,
 * the messages posted to their window, the DOM (Prudence's host has a closed
 * shadow root) and the extension APIs. They find nothing of it, while the
 * extension itself holds both.
 */
import type { BrowserContext } from '@playwright/test';
import { launch } from './browser';
import { CASES } from './cases';
import { expect, openPlayground, sentMessages, test, type Playground } from './fixtures';
import { clickUi, journalRecords, storageGet, uiText, waitForStatus } from './guard-helpers';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const wa = CASES['whatsapp'];
const REASON = 'REASON-7788 asked by phone';

let context: BrowserContext;

test.beforeAll(async () => {
  context = await launch({ extension: true });
});

test.afterAll(async () => {
  await context.close();
});

test("the page's scripts cannot read the contacts registry or the journal", async ({ playground }) => {
  test.setTimeout(60_000);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(() => chrome.storage.local.set({ settings: { profile: 'lawyer' } }));
  const page = await context.newPage();
  // The page listens to every message posted to its window from the start.
  await page.addInitScript(() => {
    const w = window as unknown as { posted: string[] };
    w.posted = [];
    window.addEventListener('message', (e) => w.posted.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data ?? null)), true);
  });
  await openPlayground(page, playground as Playground, wa.page);
  await waitForStatus(page, (s) => s.active, 'guard active');

  // A contact, from the panel.
  await page.locator(wa.compose).first().click();
  await page.keyboard.type(wa.risky.text);
  await waitForStatus(page, (s) => s.findings.length > 0, 'findings');
  await clickUi(page, /^Prudence/);
  await clickUi(page, /^Prospect$/);
  await expect.poll(async () => Object.keys((await storageGet(context, 'contacts')) ?? {}).length).toBe(1);
  await clickUi(page, /^Close the Prudence panel$/);

  // A held draft sent anyway, with a typed reason.
  await page.locator(wa.compose).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect.poll(() => uiText(page)).toMatch(/Send this message\?/);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(REASON);
  await clickUi(page, /^Send anyway$/);
  await expect.poll(() => sentMessages(page)).toHaveLength(1);
  await expect.poll(async () => (await journalRecords(context)).map((r) => r.reason)).toContain(REASON);

  // Everything the page itself can reach.
  const seen = await page.evaluate(async () => {
    const w = window as unknown as { posted: string[]; chrome?: { storage?: unknown; runtime?: { id?: string } } };
    const dbs = await indexedDB.databases();
    const dumps: string[] = [];
    for (const d of dbs) {
      if (d.name === undefined) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(d.name as string);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve) => {
          const q = db.transaction(store).objectStore(store).getAll();
          q.onsuccess = () => resolve(q.result);
          q.onerror = () => resolve([]);
        });
        dumps.push(JSON.stringify(all));
      }
      db.close();
    }
    const host = document.querySelector('prudence-guard');
    return {
      databases: dbs.map((d) => d.name),
      idb: dumps.join('\n'),
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      cookies: document.cookie,
      posted: w.posted.join('\n'),
      dom: document.documentElement.outerHTML,
      hostFound: host !== null,
      shadowOpen: host?.shadowRoot != null,
      extensionStorage: typeof w.chrome?.storage,
      extensionId: w.chrome?.runtime?.id ?? null,
    };
  });
  expect(seen.hostFound).toBe(true);
  expect(seen.shadowOpen).toBe(false);
  expect(seen.databases).not.toContain('prudence-journal');
  expect(seen.extensionStorage).toBe('undefined');
  expect(seen.extensionId).toBeNull();
  for (const [where, text] of Object.entries({ idb: seen.idb, local: seen.local, session: seen.session, cookies: seen.cookies, posted: seen.posted, dom: seen.dom })) {
    expect(text, where).not.toContain(REASON);
    expect(text, where).not.toContain('"status":"prospect"');
    expect(text, where).not.toContain('no-mandate');
  }
});
