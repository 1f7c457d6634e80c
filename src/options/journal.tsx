/**
 * The journal on the options page: how many records, the newest ones, and
 * exports for the client's file (CSV, JSON) or for the admin who tunes the
 * policy (false alarms alone). The journal is IndexedDB in the extension's own
 * origin, which this page shares: it opens the store itself.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../engine/types';
import { csvStream, exportFileName, jsonStream, localTime } from '../journal/export';
import { open, type JournalStore } from '../journal/store';
import { journalStrings } from '../journal/strings';
import type { JournalRecord } from '../journal/types';
import { ruleName } from '../ui/strings';
import { downloadText } from './io';

const NBSP = '\u00a0';
const SHOWN = 20;

const TEXT = {
  en: {
    title: 'Journal',
    intro: 'Kept on this computer only: every message sent after a warning ("Send anyway") and every false-alarm report, without the message itself. Export it for the client’s file, or the false alarms for whoever tunes your organisation’s policy.',
    count: (n: number) => (n === 0 ? 'The journal is empty.' : n === 1 ? '1 record.' : `${n.toLocaleString('en-CA')} records.`),
    newest: (n: number) => `The newest ${n}:`,
    csv: 'Export as CSV',
    json: 'Export as JSON',
    falseAlarms: 'Export the false alarms (CSV)',
    clear: 'Clear the journal',
    confirmClear: (n: number) => `Delete all ${n} records? This cannot be undone.`,
    yes: 'Delete them',
    no: 'Keep them',
    cleared: 'The journal is empty.',
    failed: (why: string) => `The journal could not be read: ${why}`,
    exported: (name: string) => `Saved as ${name}.`,
  },
  fr: {
    title: 'Journal',
    intro: `Conservé sur cet ordinateur seulement${NBSP}: chaque message envoyé après un avertissement («${NBSP}Envoyer quand même${NBSP}») et chaque signalement de fausse alerte, sans le message lui-même. Exportez-le pour le dossier du client, ou les fausses alertes pour la personne qui ajuste la politique de votre organisation.`,
    count: (n: number) => (n === 0 ? 'Le journal est vide.' : n === 1 ? '1 entrée.' : `${n.toLocaleString('fr-CA')} entrées.`),
    newest: (n: number) => `Les ${n} plus récentes${NBSP}:`,
    csv: 'Exporter en CSV',
    json: 'Exporter en JSON',
    falseAlarms: 'Exporter les fausses alertes (CSV)',
    clear: 'Vider le journal',
    confirmClear: (n: number) => `Supprimer les ${n} entrées${NBSP}? Impossible de revenir en arrière.`,
    yes: 'Les supprimer',
    no: 'Les garder',
    cleared: 'Le journal est vide.',
    failed: (why: string) => `Le journal n’a pas pu être lu${NBSP}: ${why}`,
    exported: (name: string) => `Enregistré sous ${name}.`,
  },
} as const;

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const parts: string[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

export function JournalSection({ lang, announce }: { lang: Lang; announce(text: string): void }) {
  const t = TEXT[lang];
  const labels = journalStrings(lang);
  const [store, setStore] = useState<JournalStore | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [records, setRecords] = useState<JournalRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const refresh = async (s: JournalStore) => {
    setTotal(await s.count());
    setRecords((await s.list({ limit: SHOWN })).records);
  };

  useEffect(() => {
    let opened: JournalStore | null = null;
    open()
      .then(async (s) => {
        opened = s;
        setStore(s);
        await refresh(s);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => opened?.close();
  }, []);

  const exportAs = async (kind: 'csv' | 'json' | 'false-alarms') => {
    if (store === null) return;
    const now = Date.now();
    const name = exportFileName(kind === 'false-alarms' ? 'false-alarms' : 'journal', kind === 'json' ? 'json' : 'csv', now);
    const parts =
      kind === 'json'
        ? await collect(jsonStream(store.exportRecords({}), { exportedAt: now }))
        : await collect(csvStream(store.exportRecords(kind === 'false-alarms' ? { decision: 'false-alarm' } : {}), { lang, ...(kind === 'false-alarms' ? { kind: 'false-alarms' as const } : {}) }));
    downloadText(name, parts, kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8');
    announce(t.exported(name));
  };

  const clear = async () => {
    if (store === null) return;
    await store.clear();
    setConfirming(false);
    await refresh(store);
    announce(t.cleared);
  };

  return (
    <section aria-labelledby="journal-title">
      <h2 id="journal-title">{t.title}</h2>
      <p class="intro">{t.intro}</p>
      {error !== null && <p class="notice notice-error">{t.failed(error)}</p>}
      {total !== null && <p data-journal-count={total}>{t.count(total)}</p>}
      {records.length > 0 && (
        <>
          <p>{t.newest(records.length)}</p>
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
                {records.map((r) => (
                  <tr key={r.id}>
                    <td>{localTime(r.time).slice(0, 16).replace('T', ' ')}</td>
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
        </>
      )}
      <div class="button-row">
        <button type="button" disabled={!total} onClick={() => void exportAs('csv')}>
          {t.csv}
        </button>
        <button type="button" disabled={!total} onClick={() => void exportAs('json')}>
          {t.json}
        </button>
        <button type="button" disabled={!total} onClick={() => void exportAs('false-alarms')}>
          {t.falseAlarms}
        </button>
        {!confirming ? (
          <button type="button" disabled={!total} onClick={() => setConfirming(true)}>
            {t.clear}
          </button>
        ) : (
          <span class="confirm" role="group" aria-label={t.confirmClear(total ?? 0)}>
            <span>{t.confirmClear(total ?? 0)}</span>
            <button type="button" onClick={() => void clear()}>
              {t.yes}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t.no}
            </button>
          </span>
        )}
      </div>
    </section>
  );
}
