/**
 * The options page: the organisation's policy, every user setting with its
 * value in force and where it comes from, and the policy file tools. It reads
 * storage.local once, then follows its changes (a setting saved in another
 * tab, a policy the background publishes).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { effectiveSettings } from '../policy/precedence';
import { updateSettings, loadStored, watchStored, type Stored } from './io';
import type { Raw } from './model';
import { PolicyFile, PolicyStatus } from './policy';
import { JournalSection } from './journal';
import { ContactsSection } from './contacts';
import { ConversationsSection, GeneralSection, RepliesSection, RulesSection, SitesSection, type SectionProps } from './sections';
import { optionsStrings, pageLang } from './strings';

/** How long a confirmation stays in the status line. */
const ANNOUNCE_MS = 4000;

export function App() {
  const [stored, setStored] = useState<Stored | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    // Changes that arrive while the first read is on its way are applied on top of it.
    let pending: Partial<Stored> = {};
    const stop = watchStored((patch) => {
      pending = { ...pending, ...patch };
      setStored((cur) => (cur === null ? cur : { ...cur, ...patch }));
    });
    loadStored().then(
      (got) => {
        if (live) setStored({ ...got, ...pending });
      },
      (e: unknown) => {
        if (live) setLoadError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
      stop();
      clearTimeout(timer.current);
    };
  }, []);

  const policy = stored?.policyState.policy ?? null;
  const eff = useMemo(() => effectiveSettings(policy, stored?.settings), [policy, stored?.settings]);
  const lang = pageLang(eff.settings.locale, navigator.language);
  const s = optionsStrings(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = s.pageTitle;
  }, [lang, s]);

  const announce = (text: string, error = false) => {
    setStatus({ text, error });
    clearTimeout(timer.current);
    if (!error) timer.current = setTimeout(() => setStatus(null), ANNOUNCE_MS);
  };

  const save = (edit: (raw: unknown) => Raw) => {
    updateSettings(edit).then(
      () => announce(s.saved),
      (e: unknown) => announce(s.saveFailed(e instanceof Error ? e.message : String(e)), true),
    );
  };

  const props: SectionProps | null = stored === null ? null : { eff, userRaw: stored.settings, lang, s, save };

  return (
    <>
      <header class="page-header">
        <div class="wrap">
          <h1>{s.pageTitle}</h1>
          <p>{s.intro}</p>
        </div>
      </header>
      <main class="wrap" aria-busy={stored === null && loadError === null ? 'true' : undefined}>
        {loadError !== null && <p class="notice notice-error">{s.loadFailed(loadError)}</p>}
        {stored === null && loadError === null && <p>{s.loading}</p>}
        {stored !== null && props !== null && (
          <>
            <PolicyStatus state={stored.policyState} lang={lang} s={s} />
            <GeneralSection {...props} />
            <RulesSection {...props} />
            <SitesSection {...props} />
            <RepliesSection {...props} />
            <ConversationsSection {...props} />
            <ContactsSection {...props} announce={announce} />
            <PolicyFile state={stored.policyState} eff={eff} hasImported={stored.hasImported} s={s} announce={(text) => announce(text)} />
            <JournalSection lang={lang} announce={(text) => announce(text)} />
          </>
        )}
      </main>
      <div class={`status${status?.error === true ? ' status-error' : ''}${status !== null ? ' status-shown' : ''}`} role="status" aria-live="polite">
        {status?.text ?? ''}
      </div>
    </>
  );
}
