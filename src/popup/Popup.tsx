/**
 * The toolbar popup: what Prudence is doing on the current tab (the site, the
 * compose box, or why not), the profile, whether an organisation policy is in
 * force, what the open draft raised; a pause of 15 minutes or an hour (unless
 * the organisation locks Prudence on); the way to the settings; the journal's
 * figures for today and this week, and the way to the journal.
 *
 * The tab is the active one, or the one named by `?tab=<id>` (used by the
 * end-to-end tests, which cannot open the real popup).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Lang } from '../engine/types';
import type { GuardStatus } from '../guard/guard';
import { SETTINGS_KEY } from '../guard/settings';
import { effectiveSettings } from '../policy/precedence';
import { intlLocale } from '../journal/view';
import { parsePolicyState, POLICY_STATE_KEY, type PolicyState } from '../policy/state';
import { ADAPTERS } from '../sites';
import type { WhyNot } from '../sites/types';
import { JournalSummary } from './Journal';
import { popupStrings } from './strings';

type TabStatus = GuardStatus | { site: null; active: false; whyNot: WhyNot } | null;

async function targetTab(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What the content script in the tab says, or null when there is none (a page Prudence does not run on). */
async function askTab(id: number | undefined): Promise<TabStatus> {
  if (id === undefined) return null;
  try {
    return ((await browser.tabs.sendMessage(id, { type: 'prudence:status' })) as TabStatus) ?? null;
  } catch {
    return null;
  }
}

const siteLabel = (id: string) => (id === 'generic' ? 'this site' : (ADAPTERS.find((a) => a.id === id)?.label ?? id));

export function Popup() {
  const [userRaw, setUserRaw] = useState<unknown>(undefined);
  const [state, setState] = useState<PolicyState | null>(null);
  const [status, setStatus] = useState<TabStatus | undefined>(undefined);

  useEffect(() => {
    void browser.storage.local.get([SETTINGS_KEY, POLICY_STATE_KEY]).then((got) => {
      setUserRaw(got[SETTINGS_KEY]);
      setState(parsePolicyState(got[POLICY_STATE_KEY]));
    });
    const refresh = () => void targetTab().then(askTab).then(setStatus);
    refresh();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (SETTINGS_KEY in changes) setUserRaw(changes[SETTINGS_KEY]?.newValue);
      if (POLICY_STATE_KEY in changes) setState(parsePolicyState(changes[POLICY_STATE_KEY]?.newValue));
      // The guard in the tab has the new settings a moment later.
      setTimeout(refresh, 150);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const effective = effectiveSettings(state?.policy ?? null, userRaw);
  const settings = effective.settings;
  const lang: Lang = settings.locale ?? (navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');
  const s = popupStrings(lang);
  // The organisation forbids pausing by locking "enabled".
  const locked = effective.sources.enabled.locked;
  const paused = settings.pausedUntil !== null && settings.pausedUntil > Date.now();

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const pause = (minutes: number | null) => {
    void browser.storage.local.get(SETTINGS_KEY).then(async (got) => {
      // The user's own object, read again now (the options page may have written since): only the pause changes.
      const stored = got[SETTINGS_KEY];
      const raw = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
      await browser.storage.local.set({ [SETTINGS_KEY]: { ...raw, pausedUntil: minutes === null ? null : Date.now() + minutes * 60_000 } });
    });
  };

  const locale = intlLocale(lang, navigator.language);
  const time = (ms: number) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(ms);

  return (
    <main class="popup">
      <h1>{s.title}</h1>
      <p class="state" role="status">
        {status === undefined ? s.loading : describe(status, s, time)}
      </p>
      {status != null && status.active && <p class="findings">{s.findings(status.findings.length)}</p>}
      <dl class="facts">
        <dt>{s.profile}</dt>
        <dd>{s.profiles[settings.profile]}</dd>
        <dt>{s.policy}</dt>
        <dd>{state?.policy == null ? s.policyNone : state.source === 'managed' ? s.policyManaged : s.policyImported}</dd>
      </dl>
      <div class="actions">
        {locked ? (
          <p class="hint">{s.pauseLocked}</p>
        ) : paused ? (
          <button type="button" onClick={() => pause(null)}>
            {s.resume}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => pause(15)}>
              {s.pause15}
            </button>
            <button type="button" onClick={() => pause(60)}>
              {s.pause60}
            </button>
          </>
        )}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {s.openOptions}
        </button>
      </div>
      <JournalSummary lang={lang} locale={locale} s={s} />
    </main>
  );
}

function describe(status: TabStatus, s: ReturnType<typeof popupStrings>, time: (ms: number) => string): string {
  if (status === null || status.site === null) return s.notHere;
  if (status.active) return s.active(siteLabel(status.site));
  const why = status.whyNot;
  if (why === null) return s.active(siteLabel(status.site));
  switch (why.reason) {
    case 'guard-off':
      return s.guardOff;
    case 'paused':
      return s.pausedUntil(time(why.until));
    case 'site-disabled':
      return s.siteOff(siteLabel(why.site));
    case 'no-compose-box':
      return s.noCompose(siteLabel(why.site));
    case 'unsupported-site':
      return s.notHere;
  }
}
