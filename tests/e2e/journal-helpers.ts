/**
 * Helpers for the journal's end-to-end specs: records and tallies written the
 * way the guard writes them (a message to the background, which stores them
 * through src/journal/store.ts), from an extension page, and local days.
 */
import type { BrowserContext } from '@playwright/test';
import { localDay } from '../../src/journal/record';
import type { NewRecord, Tally } from '../../src/journal/types';
import { CHROME_EXTENSION_ID } from '../../src/policy/ids';

// The extension APIs, inside page evaluate() callbacks (typed loosely: test code only).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const DAY_MS = 86_400_000;

export type JournalWrite = { record: NewRecord } | { tally: Tally };

/** Sends each write to the background as the content script does, in order; fails on the first refused. */
export async function writeJournal(context: BrowserContext, writes: JournalWrite[]): Promise<void> {
  const page = await context.newPage();
  try {
    // Any extension page: only the extension's own scripts may write to the journal.
    await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html`);
    const replies = await page.evaluate(async (ws) => {
      const out: unknown[] = [];
      for (const w of ws) {
        const msg = 'record' in w ? { type: 'prudence:journal-add', record: w.record } : { type: 'prudence:journal-tally', tally: w.tally };
        out.push(await chrome.runtime.sendMessage(msg));
      }
      return out;
    }, writes);
    const refused = replies.findIndex((r) => (r as { ok?: boolean } | undefined)?.ok !== true);
    if (refused >= 0) throw new Error(`journal write ${refused} refused: ${JSON.stringify(replies[refused])}`);
  } finally {
    await page.close();
  }
}

/** Noon, local time, `n` days before today: well inside its day whatever the clock does. */
export function noonDaysAgo(n: number): number {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  return d.getTime() - n * DAY_MS;
}

/** The local day `n` days before today, as a date input takes it. */
export function dayAgo(n: number): string {
  return localDay(noonDaysAgo(n));
}
