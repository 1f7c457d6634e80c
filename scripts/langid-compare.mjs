// French/English detection on the corpora's `lang` labels: the engine's own
// detector (src/engine/lang.ts) against franc-min and tinyld, both restricted
// to the two languages. Prints accuracy per corpus, mean time per draft, the
// minified + gzipped size of each detector, and the drafts the engine gets wrong.
//
// Run: npm run langid
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, '.cache');
const corpusDir = join(root, '..', 'shared', 'corpus');

/** Bundles `source` (a module text resolved from the project root) and returns its file, minified and gzipped sizes. */
async function bundle(name, source, platform) {
  const outfile = join(cacheDir, `langid-${name}.min.mjs`);
  await build({
    stdin: { contents: source, resolveDir: root, sourcefile: `${name}.ts`, loader: 'ts' },
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    logLevel: 'error',
  });
  const bytes = readFileSync(outfile);
  return { outfile, min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}

const engineLang = await bundle('engine', "export { langScore, langOf } from './src/engine/lang';\nexport { fold } from './src/engine/normalize';", 'neutral');
const engineLangOnly = await bundle('engine-lang-only', "export { langScore, langOf } from './src/engine/lang';", 'neutral');
const engineFull = await bundle('engine-full', "export { analyzeDraft } from './src/engine/index';", 'neutral');
// The extension ships the browser builds of the third-party detectors.
const francB = await bundle('franc-min', "export { franc } from 'franc-min';", 'browser');
const tinyB = await bundle('tinyld', "export { detect } from 'tinyld';", 'browser');
const tinyLightB = await bundle('tinyld-light', "export { detect } from 'tinyld/light';", 'browser');

const { langScore, langOf, fold } = await import(pathToFileURL(engineLang.outfile).href);
const { analyzeDraft } = await import(pathToFileURL(engineFull.outfile).href);
const { franc } = await import(pathToFileURL(francB.outfile).href);
const { detect: tinyDetect } = await import(pathToFileURL(tinyB.outfile).href);
const { detect: tinyLightDetect } = await import(pathToFileURL(tinyLightB.outfile).href);

// Every detector answers 'fr' or 'en'; an undecided answer falls back to 'en', as the engine does.
const detectors = [
  {
    name: 'engine lang.ts (langScore on fold(draft))',
    size: engineLang,
    note: `lang.ts alone ${engineLangOnly.min} B / ${engineLangOnly.gz} B gz; the rest is fold(), which the engine needs anyway`,
    run: (t) => langOf(langScore(fold(t).text, t), 'en'),
    explain: (t) => `score ${+langScore(fold(t).text, t).toFixed(2)}`,
  },
  {
    name: 'franc-min (only fra/eng, minLength 1)',
    size: francB,
    run: (t) => {
      const r = franc(t, { only: ['fra', 'eng'], minLength: 1 });
      return r === 'fra' ? 'fr' : r === 'eng' ? 'en' : undefined;
    },
  },
  {
    name: 'tinyld normal (only fr/en)',
    size: tinyB,
    run: (t) => {
      const r = tinyDetect(t, { only: ['fr', 'en'] });
      return r === 'fr' || r === 'en' ? r : undefined;
    },
  },
  {
    name: 'tinyld light (only fr/en)',
    size: tinyLightB,
    run: (t) => {
      const r = tinyLightDetect(t, { only: ['fr', 'en'] });
      return r === 'fr' || r === 'en' ? r : undefined;
    },
  },
];

const corpora = ['dev', 'real'].map((name) => ({
  name,
  drafts: readFileSync(join(corpusDir, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l))
    .filter((d) => d.lang === 'fr' || d.lang === 'en'),
}));

const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`.padStart(7);

console.log('French/English detection against the corpus `lang` labels (undecided counts as en)');
for (const c of corpora) {
  const fr = c.drafts.filter((d) => d.lang === 'fr').length;
  console.log(`  ${c.name}.jsonl: ${c.drafts.length} drafts (${fr} fr, ${c.drafts.length - fr} en)`);
}
console.log('');
console.log(`${'detector'.padEnd(44)} ${'dev acc'.padStart(8)} ${'real acc'.padStart(8)} ${'undecided'.padStart(9)} ${'µs/draft'.padStart(9)} ${'min'.padStart(9)} ${'gzip'.padStart(9)}`);

const misses = new Map();
for (const det of detectors) {
  const acc = [];
  let undecided = 0;
  const wrong = [];
  for (const c of corpora) {
    let ok = 0;
    for (const d of c.drafts) {
      const got = det.run(d.text);
      if (got === undefined) undecided++;
      if ((got ?? 'en') === d.lang) ok++;
      else wrong.push(`${d.id} (${d.lang}→${got ?? 'en'}${det.explain ? `, ${det.explain(d.text)}` : ''})`);
    }
    acc.push(pct(ok, c.drafts.length));
  }
  misses.set(det.name, wrong);
  // Time over every draft of both corpora, after the run above warmed it up.
  const all = corpora.flatMap((c) => c.drafts);
  const reps = 5;
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) for (const d of all) det.run(d.text);
  const us = ((performance.now() - t0) * 1000) / (reps * all.length);
  console.log(
    `${det.name.padEnd(44)} ${acc[0].padStart(8)} ${acc[1].padStart(8)} ${String(undecided).padStart(9)} ${us.toFixed(1).padStart(9)} ${`${(det.size.min / 1024).toFixed(1)} KiB`.padStart(9)} ${`${(det.size.gz / 1024).toFixed(1)} KiB`.padStart(9)}`,
  );
  if (det.note) console.log(`  (${det.note})`);
}

// What the product uses: analyzeDraft() sums the per-sentence scores.
{
  const acc = [];
  const wrong = [];
  for (const c of corpora) {
    let ok = 0;
    for (const d of c.drafts) {
      const got = analyzeDraft(d.text, { profile: d.profile ?? 'lawyer', recipient: d.recipient ?? 'unknown', channel: d.channel ?? 'private-unencrypted' }).lang;
      if (got === d.lang) ok++;
      else wrong.push(`${d.id} (${d.lang}→${got})`);
    }
    acc.push(pct(ok, c.drafts.length));
  }
  misses.set('engine analyzeDraft().lang', wrong);
  console.log(`${'engine analyzeDraft().lang (sum per sentence)'.padEnd(44)} ${acc[0].padStart(8)} ${acc[1].padStart(8)} ${'-'.padStart(9)} ${'(whole analysis)'.padStart(9)}`);
}

for (const name of ['engine lang.ts (langScore on fold(draft))', 'engine analyzeDraft().lang']) {
  const wrong = misses.get(name) ?? [];
  console.log('');
  console.log(`misdetected by ${name}: ${wrong.length}`);
  for (let i = 0; i < wrong.length; i += 4) console.log(`  ${wrong.slice(i, i + 4).join(', ')}`);
}
