/**
 * The user's settings, one section each: general, rules, sites (with the
 * organisation's extra sites), reply details, conversations (the contacts
 * list has its own module, contacts.tsx). Each control shows the value in
 * force; each write changes one field of the user's own settings through
 * `save`.
 */
import { useEffect, useState } from 'preact/hooks';
import { LANGS, PROFILES, RECIPIENTS, SEVERITIES, type Lang, type Profile, type Recipient, type Severity, type SeveritySpec } from '../engine/types';
import type { Effective } from '../policy/precedence';
import { ADAPTERS } from '../sites';
import { ruleName, t } from '../ui/strings';
import { CheckField, Meta, SelectField, TextField } from './controls';
import {
  placeholderRow,
  ruleEntries,
  ruleOnRow,
  setField,
  setPlaceholder,
  setRuleField,
  setSite,
  severityRow,
  siteRow,
  topRow,
  userRow,
  type Raw,
} from './model';
import { hasHostPermission, requestHostPermission, watchPermissions } from './io';
import { SEVERITY_CONTEXTS, type HighlightMode, type OptionsStrings, type PlaceholderKey } from './strings';
import { checkDebounce, checkPlaceholder, DEBOUNCE_MAX, DEBOUNCE_MIN } from './validate';

/** Applies an edit to the user's raw settings and stores it. */
export type Save = (edit: (raw: unknown) => Raw) => void;

export interface SectionProps {
  eff: Effective;
  /** The user's settings as stored. */
  userRaw: unknown;
  lang: Lang;
  s: OptionsStrings;
  save: Save;
}

export function GeneralSection({ eff, userRaw, s, save }: SectionProps) {
  const enabled = topRow(eff, 'enabled');
  const profile = topRow(eff, 'profile');
  const locale = topRow(eff, 'locale');
  const highlights = topRow(eff, 'highlights');
  const debounce = userRow(userRaw, 'debounceMs');
  const reset = (key: string) => () => save((raw) => setField(raw, key, undefined));
  return (
    <section aria-labelledby="general-title">
      <h2 id="general-title">{s.generalTitle}</h2>
      <CheckField
        id="opt-enabled"
        label={s.enabled}
        name={s.enabled}
        checked={enabled.value}
        row={enabled}
        s={s}
        onToggle={(v) => save((raw) => setField(raw, 'enabled', v))}
        onReset={reset('enabled')}
      />
      <SelectField<Profile>
        id="opt-profile"
        label={s.profile}
        value={profile.value}
        options={PROFILES.map((p) => ({ value: p, label: s.profiles[p] }))}
        row={profile}
        s={s}
        onSelect={(v) => save((raw) => setField(raw, 'profile', v))}
        onReset={reset('profile')}
      />
      <SelectField<Lang | ''>
        id="opt-locale"
        label={s.locale}
        value={locale.value ?? ''}
        options={[{ value: '', label: s.localeBrowser }, ...LANGS.map((l) => ({ value: l, label: s.localeNames[l] }))]}
        row={locale}
        s={s}
        // "Same as the browser" is the default: choosing it removes the user's value.
        onSelect={(v) => save((raw) => setField(raw, 'locale', v === '' ? undefined : v))}
        onReset={reset('locale')}
      />
      <SelectField<HighlightMode>
        id="opt-highlights"
        label={s.highlights}
        value={highlights.value}
        options={(['auto', 'overlay'] as const).map((m) => ({ value: m, label: s.highlightModes[m] }))}
        row={highlights}
        s={s}
        onSelect={(v) => save((raw) => setField(raw, 'highlights', v))}
        onReset={reset('highlights')}
      />
      <TextField<number>
        id="opt-debounce"
        label={s.debounce}
        hint={s.debounceHint(DEBOUNCE_MIN, DEBOUNCE_MAX)}
        value={String(debounce.value)}
        row={debounce}
        s={s}
        inputMode="numeric"
        check={checkDebounce}
        save={(v) => save((raw) => setField(raw, 'debounceMs', v))}
        onReset={reset('debounceMs')}
      />
    </section>
  );
}

/** A severity given by context, readably: "Public channels: Asks before sending", one per line. */
function SeverityByContext({ spec, lang, s }: { spec: Exclude<SeveritySpec, Severity>; lang: Lang; s: OptionsStrings }) {
  const names = t(lang).severity;
  return (
    <ul class="by-context">
      {SEVERITY_CONTEXTS.flatMap((c) => {
        const v = spec[c];
        return v === undefined ? [] : [<li key={c}>{s.labelled(s.severityContexts[c], names[v])}</li>];
      })}
    </ul>
  );
}

export function RulesSection({ eff, lang, s, save }: SectionProps) {
  const names = t(lang).severity;
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{s.rulesTitle}</h2>
      <p class="intro">{s.rulesIntro}</p>
      <table class="rules">
        <thead>
          <tr>
            <th scope="col">{s.ruleColumn}</th>
            <th scope="col">{s.onColumn}</th>
            <th scope="col">{s.severityColumn}</th>
          </tr>
        </thead>
        <tbody>
          {ruleEntries(eff.policy, lang).map((rule, i) => {
            const on = ruleOnRow(eff, rule.id);
            const sev = severityRow(eff, rule.id);
            const name = rule.firmName ?? ruleName(rule.id, lang);
            const base = `opt-rule-${i}`;
            return (
              <tr key={rule.id} data-rule={rule.id}>
                <th scope="row" id={`${base}-name`}>
                  <span class="rule-name">{name}</span>
                  {rule.firmName !== null && <span class="tag">{s.firmRule}</span>}
                  <code class="rule-id">{rule.id}</code>
                </th>
                <td>
                  <input
                    id={`${base}-on`}
                    type="checkbox"
                    checked={on.value}
                    disabled={on.fixed}
                    aria-labelledby={`${base}-name`}
                    aria-describedby={`${base}-on-source`}
                    onChange={(e) => {
                      const v = e.currentTarget.checked;
                      save((raw) => setRuleField(raw, rule.id, 'enabled', v));
                    }}
                  />
                  <Meta row={on} s={s} name={name} id={`${base}-on-source`} onReset={() => save((raw) => setRuleField(raw, rule.id, 'enabled', undefined))} />
                </td>
                <td>
                  {typeof sev.value === 'object' ? (
                    <SeverityByContext spec={sev.value} lang={lang} s={s} />
                  ) : (
                    <select
                      id={`${base}-severity`}
                      value={sev.value ?? ''}
                      disabled={sev.fixed}
                      aria-label={s.severityOf(name)}
                      aria-describedby={`${base}-severity-source`}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        save((raw) => setRuleField(raw, rule.id, 'severity', v === '' ? undefined : (v as Severity)));
                      }}
                    >
                      <option value="">{s.severityDefault}</option>
                      {SEVERITIES.map((v) => (
                        <option key={v} value={v}>
                          {names[v]}
                        </option>
                      ))}
                    </select>
                  )}
                  <Meta row={sev} s={s} name={s.severityOf(name)} id={`${base}-severity-source`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function SitesSection({ eff, s, save }: SectionProps) {
  const extra = eff.policy?.extraSites ?? [];
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{s.sitesTitle}</h2>
      <p class="intro">{s.sitesIntro}</p>
      <div class="checks">
        {ADAPTERS.map((a) => {
          const r = siteRow(eff, a.id);
          return (
            <CheckField
              key={a.id}
              id={`opt-site-${a.id}`}
              label={a.label}
              name={a.label}
              checked={r.value}
              row={r}
              s={s}
              onToggle={(v) => save((raw) => setSite(raw, a.id, v))}
              onReset={() => save((raw) => setSite(raw, a.id, undefined))}
            />
          );
        })}
      </div>
      {extra.length > 0 && <ExtraSites patterns={extra} s={s} />}
    </section>
  );
}

/** The policy's extra sites, with whether the browser lets Prudence read them, and a way to allow each. */
function ExtraSites({ patterns, s }: { patterns: readonly string[]; s: OptionsStrings }) {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const key = patterns.join('\n');
  useEffect(() => {
    let live = true;
    const check = () => {
      void Promise.all(patterns.map(async (p) => [p, await hasHostPermission(p)] as const)).then((pairs) => {
        if (live) setGranted(Object.fromEntries(pairs));
      });
    };
    check();
    const stop = watchPermissions(check);
    return () => {
      live = false;
      stop();
    };
    // Keyed on the patterns' text: a new array holding the same patterns is the same list.
  }, [key]);

  const allow = (pattern: string) => {
    setProblem(null);
    // Straight from the click: the browser only prompts during a user gesture.
    requestHostPermission(pattern).then(
      (ok) => {
        setGranted((g) => ({ ...g, [pattern]: ok }));
        if (!ok) setProblem(s.permissionRefused);
      },
      (e: unknown) => setProblem(s.permissionFailed(e instanceof Error ? e.message : String(e))),
    );
  };

  return (
    <div class="subsection">
      <h3>{s.extraSitesTitle}</h3>
      <p class="intro">{s.extraSitesIntro}</p>
      <ul class="extra-sites">
        {patterns.map((p) => {
          const g = granted[p];
          return (
            <li key={p}>
              <code>{p}</code>
              <span class={`permission permission-${g === undefined ? 'checking' : g ? 'granted' : 'missing'}`}>
                {g === undefined ? s.permissionChecking : g ? s.permissionGranted : s.permissionMissing}
              </span>
              {g === false && (
                <button type="button" aria-label={s.allowLabel(p)} onClick={() => allow(p)}>
                  {s.allow}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {problem !== null && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

export function RepliesSection({ eff, s, save }: SectionProps) {
  const inputModes: Record<PlaceholderKey, 'text' | 'tel' | 'url'> = { firm: 'text', phone: 'tel', bookingLink: 'url' };
  return (
    <section aria-labelledby="replies-title">
      <h2 id="replies-title">{s.repliesTitle}</h2>
      <p class="intro">{s.repliesIntro}</p>
      {(['firm', 'phone', 'bookingLink'] as const).map((key) => {
        const r = placeholderRow(eff, key);
        return (
          <TextField<string | undefined>
            key={key}
            id={`opt-placeholder-${key}`}
            label={s.placeholders[key]}
            hint={s.placeholderHints[key]}
            value={r.value ?? ''}
            row={r}
            s={s}
            inputMode={inputModes[key]}
            check={(text) => checkPlaceholder(key, text)}
            save={(v) => save((raw) => setPlaceholder(raw, key, v))}
            onReset={() => save((raw) => setPlaceholder(raw, key, undefined))}
          />
        );
      })}
    </section>
  );
}

/** Who a conversation with no entry in the contacts list is with (the list itself: contacts.tsx). */
export function ConversationsSection({ userRaw, s, save }: SectionProps) {
  const dflt = userRow(userRaw, 'defaultRecipient');
  const categories = RECIPIENTS.map((r) => ({ value: r, label: s.recipients[r] }));
  return (
    <section aria-labelledby="conversations-title">
      <h2 id="conversations-title">{s.conversationsTitle}</h2>
      <SelectField<Recipient | ''>
        id="opt-default-recipient"
        label={s.defaultRecipient}
        value={dflt.value ?? ''}
        options={[{ value: '', label: s.defaultRecipientProfile }, ...categories]}
        row={dflt}
        s={s}
        onSelect={(v) => save((raw) => setField(raw, 'defaultRecipient', v === '' ? undefined : v))}
        onReset={() => save((raw) => setField(raw, 'defaultRecipient', undefined))}
      />
    </section>
  );
}
