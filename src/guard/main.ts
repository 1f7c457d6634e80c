/**
 * The content script's body: settings from storage.local, the supervisor,
 * the UI factory, the journal, and the status message the popup (and the
 * tests) ask for.
 */
import browser from 'webextension-polyfill';
import { compilePolicy, type CompiledPolicy } from '../engine/policy';
import { effectiveSettings } from '../policy/precedence';
import { parsePolicyState, POLICY_STATE_KEY } from '../policy/state';
import type { Policy } from '../policy/schema';
import { MSG_JOURNAL_ADD, type JournalAddMessage } from '../journal/protocol';
import { CONTACTS_KEY, mergeContacts, parseContacts, type ContactChange } from '../contacts/registry';
import { savePanelChange } from '../contacts/store';
import { adapterFor, whyNot } from '../sites';
import { createGuardUi } from '../ui/mount';
import type { JournalEntry } from './guard';
import { DEFAULT_CONFIG, SETTINGS_KEY, type GuardConfig } from './settings';
import { Supervisor } from './supervisor';

/**
 * Hands a journal line to the background, which keeps the journal in the
 * extension's own IndexedDB (a content script's storage would be the page's).
 * Nothing of the draft is sent: the journal keeps rules and decisions.
 */
function record(entry: JournalEntry): void {
  const message: JournalAddMessage = {
    type: MSG_JOURNAL_ADD,
    record: {
      time: Date.parse(entry.at),
      site: entry.site,
      conversation: entry.conversation,
      rules: entry.rules,
      severity: 'block',
      decision: entry.kind === 'send-anyway' ? 'sent-anyway' : 'false-alarm',
      ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
    },
  };
  browser.runtime.sendMessage(message).catch(() => {
    /* The journal is best effort: a failed write must not stop the send the user chose. */
  });
}

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
  void browser.storage.local.get([SETTINGS_KEY, POLICY_STATE_KEY, CONTACTS_KEY]).then(
    (got) => {
      userRaw = got[SETTINGS_KEY];
      stateRaw = got[POLICY_STATE_KEY];
      contactsRaw = got[CONTACTS_KEY];
      apply();
    },
    () => {
      /* Storage unreadable: the defaults stay. */
    },
  );
  browser.storage.onChanged.addListener((changes, area) => {
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
