// The background reads the organisation's policy (it alone reads
// storage.managed) and publishes the policy in force to storage.local for the
// content scripts and the options page. See src/policy/reader.ts.
import polyfill from 'webextension-polyfill';
import { hasLegacyToMove, migrateLegacyRecipients } from '../src/contacts/migrate';
import { SETTINGS_KEY } from '../src/guard/settings';
import { contentScriptsDeps, extraSitesSyncer, scriptingDeps } from '../src/policy/extra-sites';
import { JournalService } from '../src/journal/protocol';
import { open as openJournal } from '../src/journal/store';
import { effectiveSettings } from '../src/policy/precedence';
import { PolicyReader } from '../src/policy/reader';
import { IMPORTED_POLICY_KEY, MSG_POLICY_REFRESH, POLICY_STATE_KEY, parsePolicyState } from '../src/policy/state';

export default defineBackground(() => {
  const reader = new PolicyReader({
    readManaged: () => browser.storage.managed.get(),
    getLocal: (keys) => browser.storage.local.get(keys),
    setLocal: (items) => browser.storage.local.set(items),
    now: () => Date.now(),
    later: (fn, ms) => void setTimeout(fn, ms),
  });
  void reader.refresh('startup');

  // The policy's extra sites: the guard is registered there once the user has granted each host
  // (the options page asks). Chrome MV3 registers through chrome.scripting, Firefox MV2 through
  // browser.contentScripts (missing from WXT's Chrome-shaped types, hence the polyfill's).
  const sync = extraSitesSyncer(
    import.meta.env.MANIFEST_VERSION === 3 ? scriptingDeps(browser.scripting, browser.permissions) : contentScriptsDeps(polyfill.contentScripts, polyfill.permissions),
  );
  const resync = async () => {
    const got = await browser.storage.local.get(POLICY_STATE_KEY);
    await sync(parsePolicyState(got[POLICY_STATE_KEY]).policy?.extraSites ?? []);
  };
  const resyncQuietly = () => {
    resync().catch(() => {
      /* A pattern the browser refuses leaves the other sites as they were; the options page shows each one's state. */
    });
  };
  resyncQuietly();
  browser.permissions.onAdded.addListener(resyncQuietly);
  browser.permissions.onRemoved.addListener(resyncQuietly);

  // The older per-conversation categories move into the contacts registry (src/contacts/migrate.ts): at start,
  // and whenever stored settings carry some again. Runs one at a time: each reads what the last one wrote.
  let contactsMigration: Promise<unknown> = Promise.resolve();
  const migrateContacts = () => {
    contactsMigration = contactsMigration
      .then(() => migrateLegacyRecipients(browser.storage.local))
      .catch(() => {
        /* Left where they are: the guard still applies them, and the next start tries again. */
      });
  };
  migrateContacts();

  // Chrome and Edge say when the policy changes; Firefox reads policies.json at start only and never fires this.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void reader.refresh('managed-changed');
    else if (area === 'local' && IMPORTED_POLICY_KEY in changes) void reader.refresh('imported-changed');
    if (area === 'local' && POLICY_STATE_KEY in changes) resyncQuietly();
    if (area === 'local' && SETTINGS_KEY in changes && hasLegacyToMove(changes[SETTINGS_KEY]?.newValue)) migrateContacts();
  });

  /** The policy's effective values as last published (the user's settings play no part in the journal's). */
  const policyInForce = async () => {
    const got = await browser.storage.local.get(POLICY_STATE_KEY);
    return effectiveSettings(parsePolicyState(got[POLICY_STATE_KEY]).policy, undefined);
  };

  // The journal: IndexedDB in the extension's own origin, out of any page's reach. Content scripts send
  // their records here; the options page and the popup open the store themselves.
  const journal = new JournalService({
    open: () => openJournal(),
    keep: async () => (await policyInForce()).journalKeep,
    retentionDays: async () => (await policyInForce()).retentionDays,
    legacy: { get: (k) => browser.storage.local.get(k), remove: (k) => browser.storage.local.remove(k) },
  });
  journal.store().catch(() => {
    /* The next record tries again. */
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    // Only this extension's own scripts write to the journal.
    if (sender.id === browser.runtime.id) {
      const reply = journal.handle(msg);
      if (reply !== undefined) return reply;
    }
    const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
    if (type === 'prudence:ping') return Promise.resolve({ ok: true });
    if (type === MSG_POLICY_REFRESH) return reader.refresh('request');
    return undefined;
  });
});
