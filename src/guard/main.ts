/**
 * The content script's body: settings from storage.local, the supervisor,
 * the UI factory, the journal, and the status message the popup (and the
 * tests) ask for.
 */
import browser from 'webextension-polyfill';
import { adapterFor, whyNot } from '../sites';
import { createGuardUi } from '../ui/mount';
import type { JournalEntry } from './guard';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY } from './settings';
import { Supervisor } from './supervisor';

export const JOURNAL_KEY = 'journal';
/** Newest entries kept; the policy issue makes retention configurable. */
const JOURNAL_LIMIT = 500;

let journalWrite: Promise<void> = Promise.resolve();

/** Appends to the journal; writes are chained so two quick entries never overwrite each other. */
function record(entry: JournalEntry): void {
  journalWrite = journalWrite
    .then(async () => {
      const stored = (await browser.storage.local.get(JOURNAL_KEY))[JOURNAL_KEY];
      const list = Array.isArray(stored) ? (stored as JournalEntry[]) : [];
      list.push(entry);
      await browser.storage.local.set({ [JOURNAL_KEY]: list.slice(-JOURNAL_LIMIT) });
    })
    .catch(() => {
      /* The journal is best effort: a failed write must not stop the send the user chose. */
    });
}

export function startGuard(): Supervisor {
  // Defaults at once, so a send can be held before storage answers; the stored settings follow.
  const supervisor = new Supervisor(
    {
      adapterFor,
      host: {
        createUi: (callbacks) => createGuardUi(callbacks),
        record,
        whyNot: () => whyNot(document, new URL(location.href)),
      },
    },
    DEFAULT_SETTINGS,
  );

  void browser.storage.local.get(SETTINGS_KEY).then(
    (got) => supervisor.updateSettings(parseSettings(got[SETTINGS_KEY])),
    () => {
      /* Storage unreadable: the defaults stay. */
    },
  );
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) supervisor.updateSettings(parseSettings(changes[SETTINGS_KEY]?.newValue));
  });
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === 'prudence:status') {
      return Promise.resolve(supervisor.status());
    }
    return undefined;
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => supervisor.start(), { once: true });
  } else {
    supervisor.start();
  }
  return supervisor;
}
