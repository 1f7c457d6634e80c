/**
 * The journal on the options page: the records, newest first and paged,
 * filtered by contact and by a range of local days; the count; exports for
 * the client's file (CSV, JSON: the filtered records) or for the admin who
 * tunes the policy (every false alarm); clearing it; and the week counters
 * per rule. The journal is IndexedDB in the extension's own origin, which
 * this page shares: it opens the store itself. `options.html#journal` opens
 * the page here, with the focus on the section's heading.
 *
 * Everything read from the journal is rendered as text nodes.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../engine/types';
import { isDay, weekMonday } from '../journal/record';
import { open, PAGE_SIZE, type Contact, type JournalStore } from '../journal/store';
import { journalStrings } from '../journal/strings';
import { COUNT_FIELDS, type Counts } from '../journal/types';
import { byWeek, exportFile, intlLocale, journalFilter, openView, type ExportChoice, type ViewPage, type WeekCounters } from '../journal/view';
import { ruleName } from '../ui/strings';
import { downloadText } from './io';
import { journalViewStrings, type JournalViewStrings } from './journal-strings';

export const JOURNAL_HASH = '#journal';

const contactKey = (c: { site: string; conversation: string }) => JSON.stringify([c.site, c.conversation]);
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Brings the section into view and focus when the page's address asks for it. */
function useJournalAnchor(heading: { current: HTMLHeadingElement | null }): void {
  useEffect(() => {
    const go = () => {
      if (location.hash !== JOURNAL_HASH || heading.current === null) return;
      // The section is rendered after the page loads: the browser's own jump to the anchor found nothing.
      heading.current.scrollIntoView({ block: 'start' });
      heading.current.focus({ preventScroll: true });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);
}

export function JournalSection({ lang, announce }: { lang: Lang; announce(text: string): void }) {
  const t = journalViewStrings(lang);
  const labels = journalStrings(lang);
  const locale = intlLocale(lang, navigator.language);
  const num = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const when = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);

  const [store, setStore] = useState<JournalStore | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [weeks, setWeeks] = useState<WeekCounters[]>([]);
  const [contact, setContact] = useState('');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const [view, setView] = useState<ViewPage | null>(null);
  const [exporting, setExporting] = useState<{ done: number; controller: AbortController } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  /** Bumped by every read of the view: an answer to an older one is dropped. */
  const reads = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useJournalAnchor(heading);

  const chosen = contacts.find((c) => contactKey(c) === contact) ?? null;
  const filter = useMemo(() => journalFilter({ contact: chosen, fromDay, toDay }), [chosen, fromDay, toDay]);
  const filtered = Object.keys(filter).length > 0;
  const badRange = isDay(fromDay) && isDay(toDay) && fromDay > toDay;

  /** Everything that does not depend on the filter: the total, the contacts, the counters. */
  const loadJournal = async (s: JournalStore) => {
    const [n, list, rows] = await Promise.all([s.count(), s.contacts(), s.counters()]);
    setTotal(n);
    setContacts(list);
    setWeeks(byWeek(rows));
  };

  useEffect(() => {
    let opened: JournalStore | null = null;
    open()
      .then(async (s) => {
        opened = s;
        setStore(s);
        await loadJournal(s);
      })
      .catch((e: unknown) => setError(errorText(e)));
    return () => opened?.close();
  }, []);

  const readView = (s: JournalStore) => {
    const n = ++reads.current;
    openView(s, filter).then(
      (v) => {
        if (n === reads.current) setView(v);
      },
      (e: unknown) => setError(errorText(e)),
    );
  };

  useEffect(() => {
    if (store !== null) readView(store);
  }, [store, filter]);

  const more = async () => {
    if (store === null || view === null || view.next === null) return;
    const n = reads.current;
    const page = await store.list({ ...filter, limit: PAGE_SIZE, before: view.next });
    if (n === reads.current) setView({ ...view, records: [...view.records, ...page.records], next: page.next });
  };

  const exportAs = async (choice: ExportChoice) => {
    if (store === null || exporting !== null) return;
    const controller = new AbortController();
    setExportError(null);
    setExporting({ done: 0, controller });
    try {
      const file = await exportFile(store, choice, filter, {
        lang,
        now: Date.now(),
        signal: controller.signal,
        onProgress: (done) => setExporting({ done, controller }),
      });
      downloadText(file.name, file.parts, file.type);
      announce(t.exported(file.name));
    } catch (e) {
      if (controller.signal.aborted) announce(t.exportCancelled);
      else setExportError(t.exportFailed(errorText(e)));
    } finally {
      setExporting(null);
    }
  };

  const clear = async () => {
    if (store === null) return;
    await store.clear();
    setConfirming(false);
    setContact('');
    await loadJournal(store);
    readView(store);
    announce(t.cleared);
  };

  const showAll = () => {
    setContact('');
    setFromDay('');
    setToDay('');
  };

  const count = view?.count ?? null;
  const busy = exporting !== null;

  return (
    <section id="journal" aria-labelledby="journal-title">
      <h2 id="journal-title" ref={heading} tabIndex={-1}>
        {t.title}
      </h2>
      <p class="intro">{t.intro}</p>
      {error !== null && <p class="notice notice-error">{t.failed(error)}</p>}
      {total !== null && total > 0 && (
        <JournalFilters
          t={t}
          contacts={contacts}
          contact={contact}
          fromDay={fromDay}
          toDay={toDay}
          badRange={badRange}
          canReset={filtered}
          onContact={setContact}
          onFrom={setFromDay}
          onTo={setToDay}
          onReset={showAll}
        />
      )}
      {total !== null && count !== null && (
        <p data-journal-count={count} data-testid="journal-count">
          {filtered ? t.matching(count, num.format(count), num.format(total)) : t.count(total, num.format(total))}
        </p>
      )}
      {view !== null && view.records.length > 0 && (
        <>
          <p>{t.shown(num.format(view.records.length), num.format(view.count))}</p>
          <div class="table-wrap">
            <table class="journal">
              <thead>
                <tr>
                  <th scope="col">{labels.column.time}</th>
                  <th scope="col">{labels.column.site}</th>
                  <th scope="col">{labels.column.label}</th>
                  <th scope="col">{labels.column.rules}</th>
                  <th scope="col">{labels.column.decision}</th>
                  <th scope="col">{labels.column.reason}</th>
                </tr>
              </thead>
              <tbody>
                {view.records.map((r) => (
                  <tr key={r.id} data-id={r.id}>
                    <td>
                      <time dateTime={new Date(r.time).toISOString()}>{when.format(r.time)}</time>
                    </td>
                    <td>{r.site}</td>
                    <td>{r.label ?? r.conversation}</td>
                    <td>{r.rules.map((id) => ruleName(id, lang)).join(', ')}</td>
                    <td>{labels.decision[r.decision]}</td>
                    <td>{r.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.next !== null && (
            <div class="button-row">
              <button type="button" onClick={() => void more()}>
                {t.more(num.format(Math.min(PAGE_SIZE, view.count - view.records.length)))}
              </button>
            </div>
          )}
        </>
      )}
      {total !== null && total > 0 && <p class="hint">{t.exportsHint}</p>}
      <div class="button-row">
        <button type="button" disabled={!count || busy} onClick={() => void exportAs('csv')}>
          {t.csv}
        </button>
        <button type="button" disabled={!count || busy} onClick={() => void exportAs('json')}>
          {t.json}
        </button>
        <button type="button" disabled={!total || busy} onClick={() => void exportAs('false-alarms')}>
          {t.falseAlarms}
        </button>
        {!confirming ? (
          <button type="button" disabled={!total || busy} onClick={() => setConfirming(true)}>
            {t.clear}
          </button>
        ) : (
          <span class="confirm" role="group" aria-label={t.confirmClear(num.format(total ?? 0))}>
            <span>{t.confirmClear(num.format(total ?? 0))}</span>
            <button type="button" onClick={() => void clear()}>
              {t.yes}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t.no}
            </button>
          </span>
        )}
      </div>
      {exporting !== null && (
        <p class="button-row" data-testid="export-progress">
          <span>{t.exporting(num.format(exporting.done))}</span>
          <button type="button" onClick={() => exporting.controller.abort(new DOMException(t.exportCancelled, 'AbortError'))}>
            {t.cancelExport}
          </button>
        </p>
      )}
      {exportError !== null && (
        <p class="notice notice-error" data-testid="export-error">
          {exportError}
        </p>
      )}
      <WeekTable t={t} lang={lang} locale={locale} num={num} weeks={weeks} />
    </section>
  );
}

interface FiltersProps {
  t: JournalViewStrings;
  contacts: Contact[];
  contact: string;
  fromDay: string;
  toDay: string;
  badRange: boolean;
  canReset: boolean;
  onContact(key: string): void;
  onFrom(day: string): void;
  onTo(day: string): void;
  onReset(): void;
}

function JournalFilters({ t, contacts, contact, fromDay, toDay, badRange, canReset, onContact, onFrom, onTo, onReset }: FiltersProps) {
  const sorted = useMemo(
    () => contacts.map((c) => ({ key: contactKey(c), text: t.contactOption(c.label ?? c.conversation, c.site) })).sort((a, b) => a.text.localeCompare(b.text)),
    [contacts, t],
  );
  return (
    <fieldset class="journal-filters">
      <legend>{t.filters}</legend>
      <label for="journal-contact">{t.contact}</label>
      <select id="journal-contact" value={contact} onChange={(e) => onContact(e.currentTarget.value)}>
        <option value="">{t.anyContact}</option>
        {sorted.map((c) => (
          <option key={c.key} value={c.key}>
            {c.text}
          </option>
        ))}
      </select>
      <label for="journal-from">{t.from}</label>
      <input id="journal-from" type="date" value={fromDay} aria-invalid={badRange ? 'true' : undefined} aria-describedby={badRange ? 'journal-range-error' : undefined} onInput={(e) => onFrom(e.currentTarget.value)} />
      <label for="journal-to">{t.to}</label>
      <input id="journal-to" type="date" value={toDay} aria-invalid={badRange ? 'true' : undefined} aria-describedby={badRange ? 'journal-range-error' : undefined} onInput={(e) => onTo(e.currentTarget.value)} />
      <button type="button" class="link" disabled={!canReset} onClick={onReset}>
        {t.showAll}
      </button>
      {badRange && (
        <p class="hint field-error" id="journal-range-error">
          {t.badRange}
        </p>
      )}
    </fieldset>
  );
}

interface WeekTableProps {
  t: JournalViewStrings;
  lang: Lang;
  locale: string;
  num: Intl.NumberFormat;
  weeks: WeekCounters[];
}

/** The week counters of one week (the newest by default), per rule. */
function WeekTable({ t, lang, locale, num, weeks }: WeekTableProps) {
  const labels = journalStrings(lang);
  const [picked, setPicked] = useState<string | null>(null);
  const day = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }), [locale]);
  const shown = weeks.find((w) => w.week === picked) ?? weeks[0];
  const weekName = (week: string) => {
    const monday = weekMonday(week);
    return monday === null ? week : t.weekOption(week, day.format(Date.parse(`${monday}T00:00:00Z`)));
  };
  const cells = (c: Counts) => COUNT_FIELDS.map((f) => <td key={f}>{num.format(c[f])}</td>);
  return (
    <div class="subsection">
      <h3 id="journal-counters-title">{t.counters}</h3>
      <p class="hint">{t.countersIntro}</p>
      {shown === undefined ? (
        <p class="empty">{t.noCounters}</p>
      ) : (
        <>
          <p class="setting">
            <label for="journal-week">{t.week}</label>{' '}
            <select id="journal-week" value={shown.week} onChange={(e) => setPicked(e.currentTarget.value)}>
              {weeks.map((w) => (
                <option key={w.week} value={w.week}>
                  {weekName(w.week)}
                </option>
              ))}
            </select>
          </p>
          <div class="table-wrap">
            <table class="journal-counters" aria-labelledby="journal-counters-title" data-week={shown.week}>
              <thead>
                <tr>
                  <th scope="col">{t.rule}</th>
                  {COUNT_FIELDS.map((f) => (
                    <th scope="col" key={f}>
                      {labels.counts[f]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr data-rule="*">
                  <th scope="row">{labels.allRules}</th>
                  {cells(shown.all)}
                </tr>
                {shown.rules.map((r) => (
                  <tr key={r.rule} data-rule={r.rule}>
                    <th scope="row">{ruleName(r.rule, lang)}</th>
                    {cells(r)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
