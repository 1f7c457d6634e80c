/**
 * The content script's body: settings from storage.local, the supervisor,
 * the UI factory, the journal, the notices' marks, and the status message the
 * popup (and the tests) ask for.
 */
import browser from 'webextension-polyfill';
import { compilePolicy, type CompiledPolicy } from '../engine/policy';
import { effectiveSettings } from '../policy/precedence';
import { parsePolicyState, POLICY_STATE_KEY } from '../policy/state';
import type { Policy } from '../policy/schema';
import { MSG_JOURNAL_ADD, MSG_JOURNAL_TALLY, type JournalAddMessage, type JournalTallyMessage } from '../journal/protocol';
import type { Tally } from '../journal/types';
import { CONTACTS_KEY, mergeContacts, parseContacts, type ContactChange } from '../contacts/registry';
import { savePanelChange } from '../contacts/store';
import { adapterFor, whyNot } from '../sites';
import { createGuardUi } from '../ui/mount';
import type { JournalEntry } from './guard';
import { NOTICES_KEY, parseMarks, withMark, type NoticeMark, type NoticeMemory } from './notices';
import { DEFAULT_CONFIG, SETTINGS_KEY, type GuardConfig } from './settings';
import { Supervisor } from './supervisor';

/** The journal is best effort: a failed write must not stop the send the user chose. */
function toBackground(message: JournalAddMessage | JournalTallyMessage): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * Hands a journal record to the background, which keeps the journal in the
 * extension's own IndexedDB (a content script's storage would be the page's).
 * The entry holds the draft only when the policy keeps a hash or the text
 * (the guard leaves it out otherwise).
 */
function record(entry: JournalEntry): void {
  toBackground({ type: MSG_JOURNAL_ADD, record: entry });
}

/** Counts a warned draft that was revised or cancelled: its rules and what became of it, nothing else. */
function tally(t: Tally): void {
  toBackground({ type: MSG_JOURNAL_TALLY, tally: t });
}

/** The notices' marks as last read, null until then; each mark is written at once, writes chained. */
let noticeMarks: NoticeMark[] | null = null;
let noticeWrite: Promise<void> = Promise.resolve();

const noticeMemory: NoticeMemory = {
  marks: () => noticeMarks,
  mark(mark) {
    noticeMarks = withMark(noticeMarks ?? [], mark);
    noticeWrite = noticeWrite
      .then(async () => {
        // Another tab may have written since: add to what is stored, not to this tab's copy.
        const stored = parseMarks((await browser.storage.local.get(NOTICES_KEY))[NOTICES_KEY]);
        await browser.storage.local.set({ [NOTICES_KEY]: withMark(stored, mark) });
      })
      .catch(() => {
        /* Storage unwritable: the notice may show again after a reload, nothing worse. */
      });
  },
};

/** The policy compiled for the engine, kept while the policy is the same. */
let compiled: { json: string; policy: CompiledPolicy } | null = null;

function compileOnce(policy: Policy | null): CompiledPolicy | undefined {
  if (policy === null) return undefined;
  const json = JSON.stringify(policy);
  if (compiled?.json !== json) compiled = { json, policy: compilePolicy(policy) };
  return compiled.policy;
}

/** What the guard applies, from the user's stored settings and the policy the background published. */
export function configOf(userRaw: unknown, stateRaw: unknown, contactsRaw: unknown = undefined): GuardConfig {
  const state = parsePolicyState(stateRaw);
  const e = effectiveSettings(state.policy, userRaw);
  const policy = compileOnce(e.policy);
  return {
    settings: e.settings,
    rules: e.rules,
    ...(policy !== undefined ? { policy } : {}),
    failMode: e.failMode,
    reasonToSend: new Set(e.reasonToSend),
    journalKeep: e.journalKeep,
    contacts: mergeContacts(parseContacts(contactsRaw), e.firmContacts),
  };
}

let contactWrite: Promise<void> = Promise.resolve();

/**
 * Records one change to the contacts registry; writes are chained so two quick
 * clicks never overwrite each other. A conversation the firm's list sets is
 * not the user's to change: the change is dropped (the panel shows the
 * firm's entry, whose `source` says so).
 */
function saveContact(at: { site: string; key: string; label?: string }, change: ContactChange): void {
  contactWrite = contactWrite
    .then(async () => {
      await savePanelChange(browser.storage.local, at, change);
    })
    .catch(() => {
      /* Storage unwritable: the panel keeps showing the old status, which is the truth. */
    });
}

/** The policy's extra sites, as last read. */
let extraSites: readonly string[] = [];

export function startGuard(): Supervisor {
  // Defaults at once, so a send can be held before storage answers; the stored settings follow.
  const supervisor = new Supervisor(
    {
      // The policy's extra sites get the generic guard (the background registers this script there).
      adapterFor: (url) => adapterFor(url, extraSites),
      host: {
        createUi: (callbacks) => createGuardUi(callbacks),
        record,
        tally,
        notices: noticeMemory,
        whyNot: () => whyNot(document, new URL(location.href), extraSites),
        saveContact,
      },
    },
    DEFAULT_CONFIG,
  );

  // The user's settings and the organisation's policy, as last read; each change re-resolves both.
  let userRaw: unknown = undefined;
  let stateRaw: unknown = undefined;
  let contactsRaw: unknown = undefined;
  const apply = () => {
    extraSites = parsePolicyState(stateRaw).policy?.extraSites ?? [];
    const config = configOf(userRaw, stateRaw, contactsRaw);
    supervisor.updateSettings(config);
  };
  void browser.storage.local.get([SETTINGS_KEY, POLICY_STATE_KEY, CONTACTS_KEY, NOTICES_KEY]).then(
    (got) => {
      userRaw = got[SETTINGS_KEY];
      stateRaw = got[POLICY_STATE_KEY];
      contactsRaw = got[CONTACTS_KEY];
      noticeMarks = parseMarks(got[NOTICES_KEY]);
      apply();
    },
    () => {
      /* Storage unreadable: the defaults stay. */
    },
  );
  browser.storage.onChanged.addListener((changes, area) => {
    // Marks written here or in another tab; they need no new analysis (the next render reads them).
    if (area === 'local' && NOTICES_KEY in changes && noticeMarks !== null) noticeMarks = parseMarks(changes[NOTICES_KEY]?.newValue);
    if (area !== 'local' || !(SETTINGS_KEY in changes || POLICY_STATE_KEY in changes || CONTACTS_KEY in changes)) return;
    if (SETTINGS_KEY in changes) userRaw = changes[SETTINGS_KEY]?.newValue;
    if (POLICY_STATE_KEY in changes) stateRaw = changes[POLICY_STATE_KEY]?.newValue;
    if (CONTACTS_KEY in changes) contactsRaw = changes[CONTACTS_KEY]?.newValue;
    apply();
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
