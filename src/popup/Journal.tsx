/**
 * The popup's part of the journal: drafts warned about today, this week's
 * four figures (warned = revised + not sent + sent anyway), the week per rule
 * behind a disclosure, and the way to the journal on the options page. Read
 * from the local counters (the popup shares the extension's origin and opens
 * the store itself); nothing leaves the device.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Lang } from '../engine/types';
import { open } from '../journal/store';
import type { Counts } from '../journal/types';
import { sent, summary, type Summary } from '../journal/view';
import { ruleName } from '../ui/strings';
import type { PopupStrings } from './strings';

/** The options page's journal section. */
export const JOURNAL_PAGE = '/options.html#journal';

async function readSummary(): Promise<Summary> {
  const store = await open();
  try {
    return await summary(store, Date.now());
  } finally {
    store.close();
  }
}

export function JournalSummary({ lang, locale, s }: { lang: Lang; locale: string; s: PopupStrings }) {
  const [figures, setFigures] = useState<Summary | 'failed' | null>(null);
  useEffect(() => {
    readSummary().then(setFigures, () => setFigures('failed'));
  }, []);
  const num = new Intl.NumberFormat(locale);
  const f = (n: number) => num.format(n);
  const week = figures !== null && figures !== 'failed' ? figures.thisWeek : null;
  // The week's four figures, and the per-rule table's columns.
  const columns: [string, (c: Counts) => number][] = [
    [s.warned, (c) => c.warned],
    [s.revised, (c) => c.revised],
    [s.cancelled, (c) => c.cancelled],
    [s.sentAnyway, sent],
  ];

  return (
    <section class="journal" aria-labelledby="popup-journal-title">
      <h2 id="popup-journal-title">{s.journal}</h2>
      {figures === 'failed' && <p class="hint">{s.journalFailed}</p>}
      {figures !== null && figures !== 'failed' && week !== null && (
        <>
          <p class="today" data-testid="today" data-count={figures.today.warned}>
            {s.today(figures.today.warned, f(figures.today.warned))}
          </p>
          <h3 id="popup-week-title">{s.thisWeek}</h3>
          <dl class="week" aria-labelledby="popup-week-title" data-testid="week">
            {columns.map(([label, of]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{f(of(week.all))}</dd>
              </div>
            ))}
          </dl>
          {week.all.falseAlarm > 0 && <p class="hint">{s.falseAlarms(week.all.falseAlarm, f(week.all.falseAlarm))}</p>}
          {week.rules.length > 0 && (
            <details class="by-rule">
              <summary>{s.byRule}</summary>
              <table>
                <colgroup>
                  <col class="rule" />
                  <col span={4} />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">{s.rule}</th>
                    {columns.map(([label]) => (
                      <th scope="col" key={label}>
                        {label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {week.rules.map((r) => (
                    <tr key={r.rule} data-rule={r.rule}>
                      <th scope="row">{ruleName(r.rule, lang)}</th>
                      {columns.map(([label, of]) => (
                        <td key={label}>{f(of(r))}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
        </>
      )}
      <p class="journal-link">
        <a href={browser.runtime.getURL(JOURNAL_PAGE)} target="_blank" rel="noopener">
          {s.openJournal}
        </a>
      </p>
    </section>
  );
}
