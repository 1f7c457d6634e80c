// The journal at full size, in headless Chromium with the built extension: an
// extension page (options.html, the extension's own origin, where the options
// page's journal view will read the store) fills IndexedDB with 100 000
// records through src/journal/store.ts, then times opening the newest page of
// 50 records on a fresh page load, and exporting all of them to CSV and to
// JSON (read in batches, streamed into a Blob as the download will be).
//
// The journal modules are not in the build yet (nothing imports them), so
// they are bundled here with esbuild and evaluated in the page through the
// DevTools protocol (the page's CSP forbids inline scripts, not that).
//
// Run: node scripts/bench-journal.mjs. Prints figures and PASS/MISS against
// the targets; a MISS never fails the process.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_ARGS, extensionArgs, findChromium } from './lib/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const extDir = join(root, '.output', 'chrome-mv3');
const EXTENSION_ID = 'dhioebgephpmiljcfnlmdfdkmppegepi';
const PAGE_URL = `chrome-extension://${EXTENSION_ID}/options.html`;
const RECORDS = 100_000;
const FILL_BATCH = 10_000;
const OPEN_RUNS = 3;

const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : 'n/a').padStart(6);
const mark = (ok) => (ok ? 'PASS' : 'MISS');
const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** store.ts and export.ts as one script that sets `globalThis.__journal`. */
async function bundle() {
  const out = await build({
    stdin: { contents: "export { open } from './store';\nexport { csvStream, jsonStream } from './export';\n", resolveDir: join(root, 'src', 'journal'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: '__journal',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  return out.outputFiles[0].text;
}

/** Fills the journal: FILL_BATCH records per import (one transaction each), the same every run. */
async function fill(page, total) {
  return page.evaluate(
    async ({ total, batch }) => {
      const j = /** @type {any} */ (globalThis).__journal;
      const store = await j.open();
      await store.clear({ counters: true });
      let seed = 42;
      const rand = () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
      };
      const RULES = ['legal-advice', 'case-strategy', 'no-mandate', 'binding-commitment', 'liability-admission', 'personal-data', 'hostile-tone'];
      const SITES = ['whatsapp', 'messenger', 'x', 'linkedin'];
      const DECISIONS = ['sent-anyway', 'sent-anyway', 'sent-after-warning', 'sent-after-warning', 'false-alarm'];
      const end = Date.now();
      const start = end - 365 * 86_400_000;
      const t0 = performance.now();
      for (let done = 0; done < total; done += batch) {
        const records = [];
        for (let i = done; i < Math.min(total, done + batch); i++) {
          const c = Math.floor(rand() * 200);
          const r = {
            id: `bench-${String(i).padStart(6, '0')}`,
            time: Math.floor(start + (i / total) * (end - start)),
            site: SITES[c % SITES.length],
            conversation: `conversation-${c}@c.us`,
            label: `Contact ${c}, "Étude ${c % 7}"`,
            rules: [RULES[i % RULES.length], ...(rand() < 0.3 ? [RULES[(i + 3) % RULES.length]] : [])],
            severity: rand() < 0.5 ? 'warn' : 'block',
            decision: DECISIONS[i % DECISIONS.length],
          };
          if (rand() < 0.4) r.justification = 'client-asked';
          if (rand() < 0.5) r.reason = `The client asked, in writing, for an answer by text (file ${i}); =see note`;
          if (rand() < 0.2) r.draft = { kind: 'hash', sha256: (i.toString(16).padStart(8, '0')).repeat(8) };
          records.push(r);
        }
        await store.importRecords(records);
      }
      const ms = performance.now() - t0;
      const count = await store.count();
      store.close();
      return { ms, count };
    },
    { total, batch: FILL_BATCH },
  );
}

/** What the journal view does when it opens: open the store, read the newest 50, and the total. */
async function openNewestPage(page) {
  return page.evaluate(async () => {
    const j = /** @type {any} */ (globalThis).__journal;
    const t0 = performance.now();
    const store = await j.open();
    const first = await store.list({ limit: 50 });
    const t1 = performance.now();
    const total = await store.count();
    const t2 = performance.now();
    const second = await store.list({ limit: 50, before: first.next });
    const t3 = performance.now();
    const oneContact = await store.list({ site: first.records[0].site, conversation: first.records[0].conversation, limit: 50 });
    const t4 = performance.now();
    store.close();
    return {
      page: t1 - t0,
      count: t2 - t1,
      next: t3 - t2,
      contact: t4 - t3,
      rows: first.records.length,
      total,
      newestFirst: first.records[0].time >= first.records[49].time && second.records[0].time <= first.records[49].time,
      contactRows: oneContact.records.length,
    };
  });
}

/** Every record, read in batches and streamed into a Blob, as the download will be. */
async function exportAll(page, kind, filter = {}) {
  return page.evaluate(
    async ({ kind, filter }) => {
      const j = /** @type {any} */ (globalThis).__journal;
      const t0 = performance.now();
      const store = await j.open();
      const batches = store.exportRecords(filter, { batchSize: 2000 });
      const stream = kind === 'csv' ? j.csvStream(batches) : j.jsonStream(batches, { exportedAt: Date.now(), filter });
      const parts = [];
      for await (const part of stream) parts.push(part);
      const blob = new Blob(parts, { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
      const ms = performance.now() - t0;
      // Checked after the clock stops: the file holds every record (CSV: the heading, then one line each, as none spans lines here).
      const text = await blob.text();
      const records = kind === 'json' ? JSON.parse(text).records.length : text.split('\r\n').length - 2;
      store.close();
      return { ms, bytes: blob.size, records };
    },
    { kind, filter },
  );
}

export async function benchJournal() {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    console.log('\nJournal benchmark skipped: no Chromium (apt-get install -y chromium).');
    return;
  }
  if (!existsSync(join(extDir, 'manifest.json'))) {
    console.log('\nJournal benchmark skipped: build first (npm run build).');
    return;
  }
  const code = await bundle();
  const profile = mkdtempSync(join(tmpdir(), 'prudence-bench-journal-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    // /dev/shm is small in containers: 30 MB strings would crash the renderer there.
    args: [...OFFLINE_ARGS, '--disable-dev-shm-usage', ...extensionArgs(extDir)],
  });
  const load = async (page) => {
    await page.goto(PAGE_URL);
    await page.evaluate(`${code};globalThis.__journal = __journal;`);
  };
  try {
    const page = await context.newPage();
    await load(page);
    const filled = await fill(page, RECORDS);

    const opens = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      // A fresh page load each time: the view opens with a new connection and cold caches of its own.
      await load(page);
      opens.push(await openNewestPage(page));
    }
    await load(page);
    const csv = await exportAll(page, 'csv');
    await load(page);
    const json = await exportAll(page, 'json');
    await load(page);
    const contact = await exportAll(page, 'csv', { site: 'whatsapp', conversation: 'conversation-0@c.us' });

    const worst = (k) => Math.max(...opens.map((o) => o[k]));
    const median = (k) => opens.map((o) => o[k]).sort((a, b) => a - b)[Math.floor(opens.length / 2)];
    console.log(`\njournal in the browser (extension page, IndexedDB, ${filled.count.toLocaleString('en')} records):`);
    console.log(`  filled in ${ms(filled.ms)} ms (${RECORDS / FILL_BATCH} imports of ${FILL_BATCH.toLocaleString('en')}, one transaction each)`);
    console.log(
      `  journal view opening: open + newest ${opens[0].rows} records, median ${ms(median('page'))} ms, worst of ${OPEN_RUNS} ${ms(worst('page'))} ms   target < 1000 ms  ${mark(worst('page') < 1000 && opens.every((o) => o.newestFirst))}`,
    );
    console.log(`    then the total (${opens[0].total.toLocaleString('en')}): ${ms(worst('count'))} ms; the next page: ${ms(worst('next'))} ms; one contact's newest ${opens[0].contactRows}: ${ms(worst('contact'))} ms`);
    console.log(`  export all to CSV:  ${ms(csv.ms)} ms, ${mib(csv.bytes)}, ${csv.records.toLocaleString('en')} rows   target < 5000 ms  ${mark(csv.ms < 5000 && csv.records === filled.count)}`);
    console.log(`  export all to JSON: ${ms(json.ms)} ms, ${mib(json.bytes)}, ${json.records.toLocaleString('en')} records   target < 5000 ms  ${mark(json.ms < 5000 && json.records === filled.count)}`);
    console.log(`  export one contact to CSV: ${ms(contact.ms)} ms, ${contact.records.toLocaleString('en')} rows`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await benchJournal();
  } catch (e) {
    // A measurement: a broken run is reported, never a failed process.
    console.log(`\nJournal benchmark could not run: ${e instanceof Error ? e.message : String(e)}`);
  }
}
