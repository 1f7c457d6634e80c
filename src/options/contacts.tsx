/**
 * The contacts registry on the options page: every entry with each field
 * editable in place, deletion after a confirmation, an entry added by hand,
 * a search box, CSV import (checked first, stored in one write, with a
 * report of every row refused) and export. The organisation's list is shown
 * too, read-only. Older per-conversation categories the registry cannot hold
 * are listed last, while there are any.
 *
 * Every value from storage, a policy or a file is a text child: never markup.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../engine/types';
import { applyImport, contactsFileName, contactsToCsv, CSV_SITES, decodeCsv, MAX_CSV_BYTES, parseContactsCsv, type CsvImport } from '../contacts/csv';
import {
  addContact,
  CONTACT_LIMITS,
  CONTACT_STATUSES,
  contactKey,
  editContact,
  firmSets,
  mergeContacts,
  parseContacts,
  removeContact,
  today,
  type ContactEdit,
  type Contacts,
  type ContactStatus,
  type RegistryEntry,
} from '../contacts/registry';
import { ADAPTERS } from '../sites';
import { contactsStrings, formatDay, type ContactsStrings } from './contacts-strings';
import { downloadText, loadContacts, updateContacts, watchContacts } from './io';
import { recipientList, setRecipient } from './model';
import type { SectionProps } from './sections';

/** Rows drawn at most: past that, the search narrows the list. */
const MAX_SHOWN = 200;

interface ListRow {
  /** Place in the whole sorted list: the row's element ids, stable while the search changes. */
  index: number;
  /** The registry key (site|conversation). */
  k: string;
  entry: RegistryEntry;
  /** A user's entry the organisation's list overrides. */
  shadowed: boolean;
}

/** Lower case without accents, for the search. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function siteName(site: string, t: ContactsStrings): string {
  return ADAPTERS.find((a) => a.id === site)?.label ?? (site === 'generic' ? t.otherSite : site);
}

const nameOf = (e: RegistryEntry) => e.label ?? e.key;
const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The stored registry (raw), read once and followed. */
function useStoredContacts(): { raw: unknown; loaded: boolean; error: string | null } {
  const [state, setState] = useState<{ raw: unknown; loaded: boolean; error: string | null }>({ raw: undefined, loaded: false, error: null });
  useEffect(() => {
    let live = true;
    // A change seen before the first read answers is newer than that answer.
    let changed = false;
    const stop = watchContacts((raw) => {
      changed = true;
      if (live) setState({ raw, loaded: true, error: null });
    });
    loadContacts().then(
      (raw) => {
        if (live && !changed) setState({ raw, loaded: true, error: null });
      },
      (e: unknown) => {
        if (live && !changed) setState({ raw: undefined, loaded: false, error: reasonOf(e) });
      },
    );
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}

export interface ContactsSectionProps extends SectionProps {
  announce(text: string, error?: boolean): void;
}

export function ContactsSection({ eff, userRaw, lang, s, save, announce }: ContactsSectionProps) {
  const t = contactsStrings(lang);
  const stored = useStoredContacts();
  const [query, setQuery] = useState('');
  const user = useMemo(() => parseContacts(stored.raw), [stored.raw]);
  const firm = eff.firmContacts;

  const rows = useMemo((): ListRow[] => {
    const firmOnly = mergeContacts({}, firm);
    const out: ListRow[] = Object.entries(firmOnly).map(([k, entry]) => ({ index: 0, k, entry, shadowed: false }));
    for (const [k, c] of Object.entries(user)) out.push({ index: 0, k, entry: { ...c, source: 'user' }, shadowed: firmOnly[k] !== undefined });
    out.sort((a, b) => nameOf(a.entry).localeCompare(nameOf(b.entry), lang) || a.entry.site.localeCompare(b.entry.site) || a.entry.source.localeCompare(b.entry.source));
    out.forEach((r, i) => (r.index = i));
    return out;
  }, [user, firm, lang]);

  const matching = useMemo(() => {
    const q = fold(query.trim());
    if (q === '') return rows;
    return rows.filter(({ entry: e }) => fold([e.label ?? '', e.key, e.site, siteName(e.site, t), t.statuses[e.status], e.note ?? ''].join('\n')).includes(q));
  }, [rows, query, t]);
  const shown = matching.slice(0, MAX_SHOWN);

  const write = (edit: (c: Contacts) => Contacts, done: string = s.saved): Promise<boolean> =>
    updateContacts(edit).then(
      () => {
        announce(done);
        return true;
      },
      (e: unknown) => {
        announce(s.saveFailed(reasonOf(e)), true);
        return false;
      },
    );

  const exportNow = () => {
    const name = contactsFileName(today());
    downloadText(name, [contactsToCsv(user)], 'text/csv;charset=utf-8');
    announce(t.exported(name));
  };

  return (
    <section aria-labelledby="contacts-title" class="contacts">
      <h2 id="contacts-title">{t.title}</h2>
      <p class="intro">{t.intro}</p>
      {stored.error !== null && <p class="notice notice-error">{s.loadFailed(stored.error)}</p>}
      {stored.loaded && (
        <>
          <div class="setting">
            <label for="contacts-search">{t.searchLabel}</label>
            <input id="contacts-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          </div>
          <p data-testid="contacts-count" aria-live="polite">
            {rows.length === 0 ? t.none : matching.length === 0 ? t.noMatch : t.shown(shown.length, rows.length)}
            {matching.length > shown.length && ` ${t.capped(shown.length)}`}
          </p>
          {shown.length > 0 && (
            <div class="table-wrap">
              <table class="contacts-list">
                <colgroup>
                  {['contact', 'status', 'mandate', 'consent', 'note'].map((c) => (
                    <col key={c} class={`col-${c}`} />
                  ))}
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">{t.contactColumn}</th>
                    <th scope="col">{t.statusColumn}</th>
                    <th scope="col">{t.mandateColumn}</th>
                    <th scope="col">{t.consentColumn}</th>
                    <th scope="col">{t.noteColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) =>
                    row.entry.source === 'organisation' ? (
                      <FirmRow key={`o|${row.k}`} row={row} t={t} lang={lang} />
                    ) : (
                      <UserRow
                        key={`u|${row.k}`}
                        id={`contact-${row.index}`}
                        row={row}
                        t={t}
                        onEdit={(edit) => {
                          // editContact keeps the registry as it was for a value storage would not read back.
                          if (editContact(user, row.k, edit) === user) announce(t.invalid, true);
                          else void write((c) => editContact(c, row.k, edit));
                        }}
                        onRemove={() => void write((c) => removeContact(c, row.k), t.removed(nameOf(row.entry)))}
                      />
                    ),
                  )}
                </tbody>
              </table>
            </div>
          )}
          <AddContact user={user} firm={firm} t={t} write={write} />
          <ImportContacts firm={firm} t={t} />
          <div class="subsection">
            <h3>{t.exportTitle}</h3>
            <p class="intro">{t.exportIntro}</p>
            <button type="button" disabled={Object.keys(user).length === 0} onClick={exportNow}>
              {t.exportButton}
            </button>
          </div>
          <LegacyCategories userRaw={userRaw} s={s} t={t} save={save} />
        </>
      )}
    </section>
  );
}

function StatusOptions({ t }: { t: ContactsStrings }) {
  return (
    <>
      {CONTACT_STATUSES.map((st) => (
        <option key={st} value={st}>
          {t.statuses[st]}
        </option>
      ))}
    </>
  );
}

/** Where a conversation is: the site's name and the conversation key. */
function Where({ entry, t }: { entry: RegistryEntry; t: ContactsStrings }) {
  return (
    <div class="contact-where">
      <span>{siteName(entry.site, t)}</span> <code class="conversation">{entry.key}</code>
    </div>
  );
}

function Day({ day, lang }: { day: string | undefined; lang: Lang }) {
  if (day === undefined) return <span aria-hidden="true">—</span>;
  return <time dateTime={day}>{formatDay(day, lang, navigator.language)}</time>;
}

/** An entry of the organisation's list: shown, never edited here. */
function FirmRow({ row, t, lang }: { row: ListRow; t: ContactsStrings; lang: Lang }) {
  const e = row.entry;
  return (
    <tr data-contact={row.k} data-source="organisation">
      <th scope="row">
        <span class="contact-name">{nameOf(e)}</span>
        <span class="tag" data-source="organisation">
          {t.firm}
        </span>
        <Where entry={e} t={t} />
      </th>
      <td>{t.statuses[e.status]}</td>
      <td>
        <Day day={e.mandateDate} lang={lang} />
      </td>
      <td>
        {e.consent ? t.consentOnFile : t.noConsent}
        {e.consentDate !== undefined && (
          <>
            {' '}
            <time dateTime={e.consentDate}>{t.onDate(formatDay(e.consentDate, lang, navigator.language))}</time>
          </>
        )}
      </td>
      <td class="contact-note">{e.note ?? ''}</td>
    </tr>
  );
}

interface UserRowProps {
  id: string;
  row: ListRow;
  t: ContactsStrings;
  onEdit(edit: ContactEdit): void;
  onRemove(): void;
}

/** One of the user's entries, each field saved as soon as it is changed. */
function UserRow({ id, row, t, onEdit, onRemove }: UserRowProps) {
  const e = row.entry;
  const name = nameOf(e);
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const remove = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // Focus follows the question, and comes back to "Delete" when it is answered "no".
    if (confirming) keep.current?.focus();
    else if (asked.current) remove.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  return (
    <tr data-contact={row.k} data-source="user">
      <th scope="row">
        <TextCell id={`${id}-label`} label={t.labelOf(e.key)} value={e.label ?? ''} max={CONTACT_LIMITS.label} t={t} onCommit={(v) => onEdit({ label: v.trim() })} />
        <Where entry={e} t={t} />
        {row.shadowed && <p class="hint">{t.shadowed}</p>}
        <div class="contact-remove">
          {!confirming ? (
            <button type="button" ref={remove} aria-label={t.removeLabel(name)} onClick={() => setConfirming(true)}>
              {t.remove}
            </button>
          ) : (
            <span class="confirm" role="group" aria-label={t.confirmRemove(name)}>
              <span>{t.confirmRemove(name)}</span>
              <button type="button" onClick={onRemove}>
                {t.yes}
              </button>
              <button type="button" ref={keep} onClick={() => setConfirming(false)}>
                {t.no}
              </button>
            </span>
          )}
        </div>
      </th>
      <td>
        <select aria-label={t.statusOf(name)} value={e.status} onChange={(ev) => onEdit({ status: ev.currentTarget.value as ContactStatus })}>
          <StatusOptions t={t} />
        </select>
      </td>
      <td>
        <input type="date" aria-label={t.mandateDateOf(name)} value={e.mandateDate ?? ''} onChange={(ev) => onEdit({ mandateDate: ev.currentTarget.value })} />
      </td>
      <td>
        <input type="checkbox" aria-label={t.consentOf(name)} checked={e.consent} onChange={(ev) => onEdit({ consent: ev.currentTarget.checked })} />{' '}
        <input type="date" aria-label={t.consentDateOf(name)} value={e.consentDate ?? ''} disabled={!e.consent} onChange={(ev) => onEdit({ consentDate: ev.currentTarget.value })} />
      </td>
      <td>
        <TextCell id={`${id}-note`} label={t.noteOf(name)} value={e.note ?? ''} max={CONTACT_LIMITS.note} multiline t={t} onCommit={(v) => onEdit({ note: v })} />
      </td>
    </tr>
  );
}

interface TextCellProps {
  id: string;
  label: string;
  value: string;
  max: number;
  multiline?: boolean;
  t: ContactsStrings;
  onCommit(value: string): void;
}

/** A text field saved when the user leaves it (or presses Enter in a one-line field); too long, it says so and saves nothing. */
function TextCell({ id, label, value, max, multiline = false, t, onCommit }: TextCellProps) {
  const [draft, setDraft] = useState(value);
  const [tooLong, setTooLong] = useState(false);
  useEffect(() => {
    setDraft(value);
    setTooLong(false);
  }, [value]);
  const commit = (text: string) => {
    if (text === value) return;
    if (text.length > max) {
      setTooLong(true);
      return;
    }
    setTooLong(false);
    onCommit(text);
  };
  const error = `${id}-error`;
  const common = { id, 'aria-label': label, 'aria-invalid': tooLong ? ('true' as const) : undefined, 'aria-describedby': tooLong ? error : undefined };
  return (
    <>
      {multiline ? (
        <textarea {...common} rows={2} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} onChange={(e) => commit(e.currentTarget.value)} />
      ) : (
        <input {...common} type="text" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} onChange={(e) => commit(e.currentTarget.value)} />
      )}
      {tooLong && (
        <p class="field-error" id={error} role="alert">
          {t.tooLong(max)}
        </p>
      )}
    </>
  );
}

interface AddProps {
  user: Contacts;
  firm: SectionProps['eff']['firmContacts'];
  t: ContactsStrings;
  write(edit: (c: Contacts) => Contacts, done?: string): Promise<boolean>;
}

function AddContact({ user, firm, t, write }: AddProps) {
  const [site, setSite] = useState<string>(CSV_SITES[0] ?? 'whatsapp');
  const [key, setKey] = useState('');
  const [status, setStatus] = useState<ContactStatus>('client');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const typed = key.trim();
    if (typed === '') return setError(t.addKeyMissing);
    // Every adapter's keys start with its id and a colon: "Marie Tremblay" on WhatsApp is "whatsapp:Marie Tremblay".
    const full = typed.startsWith(`${site}:`) ? typed : `${site}:${typed}`;
    if (full.length > CONTACT_LIMITS.key) return setError(t.tooLong(CONTACT_LIMITS.key));
    if (firmSets(firm, site, full)) return setError(t.addFirm);
    if (user[contactKey(site, full)] !== undefined) return setError(t.addExists);
    setError(null);
    void write((c) => addContact(c, { site, key: full, status }), t.added(full)).then((ok) => {
      if (ok) setKey('');
    });
  };

  return (
    <form
      class="subsection contact-add"
      aria-labelledby="contact-add-title"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <h3 id="contact-add-title">{t.addTitle}</h3>
      <div class="setting">
        <label for="contact-add-site">{t.siteLabel}</label>
        <select id="contact-add-site" value={site} onChange={(e) => setSite(e.currentTarget.value)}>
          {CSV_SITES.map((id) => (
            <option key={id} value={id}>
              {siteName(id, t)}
            </option>
          ))}
        </select>
      </div>
      <div class="setting">
        <label for="contact-add-key">{t.keyLabel}</label>
        <input
          id="contact-add-key"
          type="text"
          value={key}
          aria-invalid={error !== null ? 'true' : undefined}
          aria-describedby={error !== null ? 'contact-add-key-hint contact-add-error' : 'contact-add-key-hint'}
          onInput={(e) => setKey(e.currentTarget.value)}
        />
        <p class="hint" id="contact-add-key-hint">
          {t.keyHint}
        </p>
      </div>
      <div class="setting">
        <label for="contact-add-status">{t.statusLabel}</label>
        <select id="contact-add-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as ContactStatus)}>
          <StatusOptions t={t} />
        </select>
      </div>
      <button type="submit">{t.addButton}</button>
      {error !== null && (
        <p class="field-error" id="contact-add-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'refused'; message: string }
  | { phase: 'done'; result: CsvImport; firmRows: number; writeError: string | null };

function ImportContacts({ firm, t }: { firm: SectionProps['eff']['firmContacts']; t: ContactsStrings }) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const run = async (file: File) => {
    setState({ phase: 'reading' });
    // Refused before reading: a file this size is not a contacts list.
    if (file.size > MAX_CSV_BYTES) {
      setState({ phase: 'refused', message: `${t.fileProblem({ kind: 'too-large', maxBytes: MAX_CSV_BYTES })} ${t.nothingChanged}` });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setState({ phase: 'refused', message: t.readFailed });
      return;
    }
    const result = parseContactsCsv(decodeCsv(bytes));
    if (result.fileProblem !== null) {
      setState({ phase: 'refused', message: `${t.fileProblem(result.fileProblem)} ${t.nothingChanged}` });
      return;
    }
    const firmRows = result.contacts.filter((c) => firmSets(firm, c.site, c.key)).length;
    let writeError: string | null = null;
    if (result.contacts.length > 0) {
      try {
        await updateContacts((c) => applyImport(c, result.contacts));
      } catch (e) {
        writeError = t.writeFailed(reasonOf(e));
      }
    }
    setState({ phase: 'done', result, firmRows, writeError });
  };

  return (
    <div class="subsection">
      <h3>{t.importTitle}</h3>
      <p class="intro">{t.importIntro}</p>
      <div class="setting">
        <label for="contacts-import-file">{t.importFile}</label>
        <input
          id="contacts-import-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file === undefined) return;
            void run(file).finally(() => {
              // Choosing the same file again, after fixing it, must fire a new change.
              input.value = '';
            });
          }}
        />
      </div>
      <div class="import-result" data-testid="contacts-import-report" aria-live="polite">
        <ImportReport state={state} t={t} />
      </div>
    </div>
  );
}

function ImportReport({ state, t }: { state: ImportState; t: ContactsStrings }) {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'reading':
      return <p>{t.reading}</p>;
    case 'refused':
      return (
        <p class="notice notice-error" data-result="refused">
          {state.message}
        </p>
      );
    case 'done': {
      const r = state.result;
      const accepted = r.rows - r.rejectedCount;
      const ok = state.writeError === null && r.contacts.length > 0;
      return (
        <div class={`notice ${ok ? 'notice-ok' : 'notice-error'}`} data-result={ok ? 'imported' : 'nothing'}>
          <p>{state.writeError ?? (r.contacts.length > 0 ? t.imported(accepted, r.rows) : t.nothingImported)}</p>
          {ok && state.firmRows > 0 && <p>{t.firmRows(state.firmRows)}</p>}
          {r.ignoredColumns.length > 0 && <p>{t.ignoredColumns(r.ignoredColumns)}</p>}
          {r.rejectedCount > 0 && (
            <>
              <h4>{t.rejectedTitle(r.rejectedCount)}</h4>
              <ul class="problems" data-testid="contacts-import-rejected">
                {r.rejected.map((p) => (
                  <li key={`${p.line}`}>{t.rowProblem(p)}</li>
                ))}
                {r.rejectedCount > r.rejected.length && <li>{t.more(r.rejectedCount - r.rejected.length)}</li>}
              </ul>
            </>
          )}
          {r.duplicateCount > 0 && (
            <>
              <h4>{t.duplicatesTitle(r.duplicateCount)}</h4>
              <ul class="problems">
                {r.duplicates.map((d) => (
                  <li key={`${d.line}`}>{t.duplicate(d)}</li>
                ))}
                {r.duplicateCount > r.duplicates.length && <li>{t.more(r.duplicateCount - r.duplicates.length)}</li>}
              </ul>
            </>
          )}
        </div>
      );
    }
  }
}

/** Categories of the older `settings.recipients` the registry cannot hold (src/contacts/migrate.ts): still applied, deletable. */
function LegacyCategories({ userRaw, s, t, save }: { userRaw: unknown; s: SectionProps['s']; t: ContactsStrings; save: SectionProps['save'] }) {
  const left = recipientList(userRaw);
  if (left.length === 0) return null;
  return (
    <div class="subsection">
      <h3 id="legacy-categories-title">{t.legacyTitle}</h3>
      <p class="intro">{t.legacyIntro}</p>
      <table class="recipients" aria-labelledby="legacy-categories-title">
        <thead>
          <tr>
            <th scope="col">{s.conversationColumn}</th>
            <th scope="col">{s.categoryColumn}</th>
            <th scope="col">
              <span class="visually-hidden">{s.remove}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {left.map(({ key, category }) => (
            <tr key={key} data-conversation={key}>
              <th scope="row">
                <code class="conversation">{key}</code>
              </th>
              <td>{s.recipients[category]}</td>
              <td>
                <button type="button" aria-label={s.removeLabel(key)} onClick={() => save((raw) => setRecipient(raw, key, undefined))}>
                  {s.remove}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
