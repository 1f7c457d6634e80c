// Speed of the engine: bundle size, cold start, analyze() latency by draft
// length (uncached and cached), incremental re-analysis after one keystroke,
// a firm policy, hostile 100 000-char text, and alex on the same drafts as a
// reference point.
//
// Run: npm run bench. Prints figures and PASS/MISS against the targets; never
// fails on a miss (this is a measurement, the tests hold the hard limits).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SHAPES, TOKENS, rng } from './hostile-text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundlePath = join(root, '.cache', 'engine.min.mjs');
const corpusDir = join(root, '..', 'shared', 'corpus');
const started = performance.now();

// ---------------------------------------------------------------- helpers

/** Nearest-rank percentile of an ascending array. */
function pct(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i];
}
const asc = (xs) => [...xs].sort((a, b) => a - b);
const ms = (x) => (Number.isNaN(x) ? '   n/a' : x < 10 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(1)).padStart(7);
const mark = (ok) => (ok ? 'PASS' : 'MISS');
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

// ---------------------------------------------------------------- synthetic drafts
// Written for this benchmark: risky and clean sentences in both languages, with
// slots so that sentences inside one long draft are distinct (a repeated
// sentence would be served from the per-sentence cache and flatter the figure).

const EN_RISKY = [
  'You can legally withhold the rent until {name} repairs the heating, they have no right to charge you late fees.',
  'Under the law your landlord has {n} days to give back the deposit, so just refuse to leave the keys.',
  "Don't sign anything they send you before {day}, and don't answer the investigator's questions.",
  'I guarantee we will get the hearing moved to {day}, you have my word on it.',
  "We're going to win this one, I promise you will get at least {n}00 dollars back.",
  'Our plan is to drag out the procedure until the other side runs out of money, {name} agrees.',
  'Honestly we missed the filing deadline on {day}, that mistake is on us.',
  "Her date of birth is {d}/0{m}/1987 and her card number is 4970 1012 3456 {n}7.",
  'Are you stupid or what?? I explained this to you {n} times already!!!',
  'WHY DO YOU NEVER READ WHAT I SEND YOU {name}',
  'u cant be fired for that, its illegal, just tell them ur protected by the law {n}',
  'Your employer is in breach of contract, you should stop working there on {day} and sue them.',
];
const EN_CLEAN = [
  'Thanks {name}, I got your documents and will read them before {day}.',
  'Could we set up a call on {day} at {h} pm to go over your file?',
  'The hearing is scheduled for {day} morning, please bring some ID and the letter number {n}.',
  "I'm not able to give advice over text, let's discuss it at the office on {day}.",
  'Please find attached the invoice for {month}, reference {n}.',
  'Happy to help, see you on {day} at {h}!',
  'The office will be closed on {day} for the bank holiday.',
  "Let me check with {name} and I'll get back to you by {day}.",
  'I have booked room {n} for our meeting with {name}.',
  'Could you send me a copy of the lease when you have a minute, {name}?',
];
const FR_RISKY = [
  "Vous pouvez arrêter de payer le loyer tant que {name} n'a pas fait les travaux.",
  "Légalement ils n'ont pas le droit de vous licencier pour ça, restez chez vous jusqu'au {d} {mois}.",
  "Ne signez surtout rien et ne répondez pas aux questions de l'enquêteur avant {jour}.",
  "Je vous garantis qu'on obtiendra au moins {n} 000 € de dommages et intérêts.",
  "Notre stratégie c'est de faire traîner la procédure jusqu'à ce que {name} lâche l'affaire.",
  "C'est de notre faute, on a oublié de déposer le recours avant le {d} {mois}.",
  'Son numéro de sécu est le 2 84 11 75 123 {n} 78 et il habite au {n} rue des Lilas.',
  'Vous êtes vraiment incapable de lire un mail ??? C\'est la {n}e fois !!!',
  'VOUS ME FATIGUEZ AVEC VOS QUESTIONS {name}',
  "tkt t'as le droit de rester ds le logement, ils peuvent rien faire avant le {d} {mois}",
  'Votre employeur est en faute, vous devez démissionner {jour} et le poursuivre aux prud\'hommes.',
];
const FR_CLEAN = [
  "Merci {name}, j'ai bien reçu vos pièces et je les lis avant {jour}.",
  'Pouvons-nous prévoir un appel {jour} à {h} h pour faire le point ?',
  "L'audience est fixée au {d} {mois}, pensez à apporter votre pièce d'identité.",
  'Je ne peux pas vous conseiller par message, parlons-en au cabinet {jour}.',
  'Vous trouverez ci-joint la facture du mois de {mois}, référence {n}.',
  'Le bureau sera fermé {jour} pour le pont.',
  'Je vérifie avec {name} et je reviens vers vous d\'ici {jour}.',
  'Bonne journée et à {jour} !',
  "J'ai réservé la salle {n} pour notre rendez-vous avec {name}.",
  'Pourriez-vous m\'envoyer une copie du bail quand vous avez un moment ?',
];
const NAMES = ['Alice', 'Bruno', 'Chloé', 'David', 'Emma', 'Farid', 'Gaëlle', 'Hugo', 'Inès', 'Jules', 'Karim', 'Léa', 'Mehdi', 'Nora', 'Oscar', 'Paul', 'Quentin', 'Rose', 'Sami', 'Tom'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'next week'];
const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'la semaine prochaine'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const MOIS = ['janvier', 'mars', 'mai', 'juillet', 'septembre', 'novembre'];

function fillSlots(r, t) {
  return t.replace(/\{(\w+)\}/g, (_all, k) => {
    switch (k) {
      case 'name': return pick(r, NAMES);
      case 'day': return pick(r, DAYS);
      case 'jour': return pick(r, JOURS);
      case 'month': return pick(r, MONTHS);
      case 'mois': return pick(r, MOIS);
      case 'n': return String(1 + Math.floor(r() * 999));
      case 'd': return String(1 + Math.floor(r() * 28));
      case 'm': return String(1 + Math.floor(r() * 9));
      case 'h': return String(1 + Math.floor(r() * 11));
      default: return k;
    }
  });
}

/**
 * A draft of about `size` chars: mostly one language, ~30 % risky sentences,
 * paragraph breaks every few sentences. Returns the text and the [start, end)
 * of every sentence, so an edit can be aimed at the middle of one.
 */
function synthDraft(size, seed) {
  const r = rng(seed);
  const main = seed % 2 === 0 ? 'en' : 'fr';
  const seen = new Set();
  const sentences = [];
  let text = '';
  let inPara = 0;
  while (text.length < size) {
    const lang = r() < 0.85 ? main : main === 'en' ? 'fr' : 'en';
    const risky = r() < 0.3;
    const pool = lang === 'en' ? (risky ? EN_RISKY : EN_CLEAN) : risky ? FR_RISKY : FR_CLEAN;
    let s = fillSlots(r, pick(r, pool));
    for (let tries = 0; seen.has(s) && tries < 20; tries++) s = fillSlots(r, pick(r, pool));
    seen.add(s);
    if (text.length + s.length + 1 > size && text.length > 0) break;
    const sep = text.length === 0 ? '' : inPara >= 3 + Math.floor(r() * 4) ? '\n\n' : ' ';
    if (sep === '\n\n') inPara = 0;
    text += sep;
    sentences.push([text.length, text.length + s.length]);
    text += s;
    inPara++;
  }
  return { text, sentences, context: { profile: seed % 3 === 0 ? 'social-care' : 'lawyer', recipient: 'prospect', channel: 'private-unencrypted' } };
}

// ---------------------------------------------------------------- 1. bundle

const result = await build({
  entryPoints: [join(root, 'src', 'engine', 'index.ts')],
  outfile: bundlePath,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  logLevel: 'error',
  metafile: true,
});
const bundleBytes = readFileSync(bundlePath);
const gz = gzipSync(bundleBytes, { level: 9 }).length;
console.log('Prudence engine benchmark');
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
console.log('');
console.log(`bundle .cache/engine.min.mjs: ${kb(statSync(bundlePath).size)} minified, ${kb(gz)} gzipped (zlib level 9), ${Object.keys(result.metafile.inputs).length} source files`);

// ---------------------------------------------------------------- 2. cold start

const coldDraft = synthDraft(280, 7).text;
const childCode = `
const t0 = performance.now();
const m = await import(process.env.PRUDENCE_BUNDLE);
const t1 = performance.now();
const f = m.analyze(process.env.PRUDENCE_TEXT, { profile: 'lawyer', recipient: 'prospect', channel: 'private-unencrypted' });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, totalMs: t2 - t0, findings: f.length }));
`;
const cold = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', childCode], {
    env: { ...process.env, PRUDENCE_BUNDLE: pathToFileURL(bundlePath).href, PRUDENCE_TEXT: coldDraft },
    encoding: 'utf8',
  });
  cold.push(JSON.parse(out));
}
const coldTotal = asc(cold.map((c) => c.totalMs));
const coldMed = pct(coldTotal, 0.5);
console.log('');
console.log(`cold start (fresh node process, import + first analyze() of a ${coldDraft.length}-char draft), 5 runs:`);
console.log(`  import   median ${ms(pct(asc(cold.map((c) => c.importMs)), 0.5))} ms`);
console.log(`  1st call median ${ms(pct(asc(cold.map((c) => c.firstMs)), 0.5))} ms`);
console.log(`  total    median ${ms(coldMed)} ms  max ${ms(coldTotal[coldTotal.length - 1])} ms   target median <= 150 ms  ${mark(coldMed <= 150)}`);

// ---------------------------------------------------------------- 3. latency

const engine = await import(pathToFileURL(bundlePath).href);
const { analyze, clearCache } = engine;

const corpus = [];
for (const name of ['dev', 'real']) {
  for (const d of readJsonl(join(corpusDir, `${name}.jsonl`))) {
    corpus.push({ id: d.id, text: d.text, context: { profile: d.profile, recipient: d.recipient, channel: d.channel } });
  }
}

/** Times `reps` uncached calls and one cached call per draft. */
function timeDrafts(drafts, reps) {
  const uncached = [];
  const cached = [];
  for (const d of drafts) {
    for (let i = 0; i < reps; i++) {
      clearCache();
      const t0 = performance.now();
      analyze(d.text, d.context);
      uncached.push(performance.now() - t0);
    }
    const t0 = performance.now();
    analyze(d.text, d.context);
    cached.push(performance.now() - t0);
  }
  return { uncached: asc(uncached), cached: asc(cached) };
}

// Warm-up: every corpus draft and a few long ones, so the JIT has compiled the hot paths.
for (let round = 0; round < 2; round++) {
  for (const d of corpus) {
    clearCache();
    analyze(d.text, d.context);
  }
}
for (let i = 0; i < 3; i++) {
  const d = synthDraft(5000, 900 + i);
  clearCache();
  analyze(d.text, d.context);
}

const groups = [
  { label: '<= 280 chars (corpus)', drafts: corpus.filter((d) => d.text.length <= 280), reps: 5 },
  { label: '281-1000 (corpus)', drafts: corpus.filter((d) => d.text.length > 280 && d.text.length <= 1000), reps: 5 },
  { label: '1001-5000 (corpus)', drafts: corpus.filter((d) => d.text.length > 1000 && d.text.length <= 5000), reps: 10 },
  { label: '5 000 (synthetic)', drafts: Array.from({ length: 20 }, (_, i) => synthDraft(5000, 100 + i)), reps: 5 },
  { label: '50 000 (synthetic)', drafts: Array.from({ length: 4 }, (_, i) => synthDraft(50000, 200 + i)), reps: 5 },
];
console.log('');
console.log('analyze() latency, ms (uncached: clearCache() before each call; cached: same draft again)');
console.log(`  ${'group'.padEnd(24)} ${'drafts'.padStart(6)} ${'calls'.padStart(6)} ${'median'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} | ${'cached'.padStart(7)}  target`);
const res = {};
for (const g of groups) {
  const t = timeDrafts(g.drafts, g.reps);
  res[g.label] = t;
  const u = t.uncached;
  const med = pct(u, 0.5);
  const p95 = pct(u, 0.95);
  const p99 = pct(u, 0.99);
  let target = '';
  if (g.label.startsWith('<= 280')) target = `median <= 0.5 ${mark(med <= 0.5)}, p99 <= 5 ${mark(p99 <= 5)}`;
  else if (g.label.startsWith('1001') || g.label.startsWith('5 000')) target = `p99 <= 20 ${mark(p99 <= 20)}${g.drafts.length < 10 ? ` (only ${g.drafts.length} corpus drafts)` : ''}`;
  else if (g.label.startsWith('50 000')) target = `p95 < 250 ${mark(p95 < 250)}`;
  console.log(`  ${g.label.padEnd(24)} ${String(g.drafts.length).padStart(6)} ${String(u.length).padStart(6)} ${ms(med)} ${ms(p95)} ${ms(p99)} ${ms(u[u.length - 1])} | ${ms(pct(t.cached, 0.5))}  ${target}`);
}

// ---------------------------------------------------------------- 4. incremental

console.log('');
console.log('incremental: analyze a draft, then change one letter in the middle of one sentence and re-analyze (200 edits)');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Edits one letter at a time in a draft of `size` chars and times each re-analysis; prints one line. */
function incremental(size, settings = {}, label = '') {
  const d = synthDraft(size, 300 + size);
  const r = rng(size);
  let text = d.text;
  clearCache();
  settings.policy?.clear();
  analyze(text, d.context, settings);
  const times = [];
  for (let k = 0; k < 220; k++) {
    const [s, e] = pick(r, d.sentences);
    // Nearest ASCII letter to the middle, so the edit never moves a sentence boundary.
    let at = Math.floor((s + e) / 2);
    while (at < e && !/[a-z]/i.test(text[at])) at++;
    if (at >= e) continue;
    let ch = pick(r, LETTERS);
    if (ch === text[at].toLowerCase()) ch = ch === 'z' ? 'a' : String.fromCharCode(ch.charCodeAt(0) + 1);
    text = text.slice(0, at) + ch + text.slice(at + 1);
    const t0 = performance.now();
    analyze(text, d.context, settings);
    const dt = performance.now() - t0;
    if (k >= 20) times.push(dt); // the first 20 edits are warm-up
  }
  const t = asc(times);
  const p95 = pct(t, 0.95);
  console.log(`  ${String(text.length).padStart(6)} chars, ${String(d.sentences.length).padStart(4)} sentences${label}: median ${ms(pct(t, 0.5))} ms  p95 ${ms(p95)} ms  max ${ms(t[t.length - 1])} ms   target p95 <= 2 ms  ${mark(p95 <= 2)}`);
}
for (const size of [1000, 5000, 50000]) incremental(size);

// ---------------------------------------------------------------- 5. firm policy

// A firm policy of 5 000 phrases and more in 50 phrase rules: half of them word sequences taken
// from the corpus (so lookups hit and findings are built: two or three words with one of five
// letters or more, or one word of eight letters or more, the way firms write such lists), half
// made-up names; plus exceptions and an allow-list. Same drafts and targets as above.
const vocab = [...new Set(corpus.flatMap((d) => d.text.toLowerCase().split(/[^\p{L}\p{N}']+/u)).filter((w) => w.length > 1))];
const pr = rng(5000);
const phraseRules = Array.from({ length: 50 }, (_, i) => {
  const phrases = Array.from({ length: 100 }, (_, j) => {
    if (j % 2 === 0) {
      for (;;) {
        const d = pick(pr, corpus).text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((w) => w !== '');
        const at = Math.floor(pr() * Math.max(1, d.length - 3));
        const words = d.slice(at, at + 1 + Math.floor(pr() * 3));
        const ok = words.length === 1 ? (words[0]?.length ?? 0) >= 8 : words.some((w) => w.length >= 5);
        if (ok) return words.join(' ');
      }
    }
    return `${pick(pr, vocab)} ${Math.floor(pr() * 1e6).toString(36)}`;
  });
  return {
    id: `firm-rule-${i}`,
    message: { en: `Firm rule ${i}`, fr: `Règle du cabinet ${i}` },
    severity: i % 3 === 0 ? 'block' : 'warn',
    match: i % 2 === 0 ? { en: { anyOf: phrases, noneOf: ['cannot guarantee'] } } : { fr: { anyOf: phrases }, en: { anyOf: phrases.slice(0, 50) } },
  };
});
const firmPolicy = {
  phraseRules,
  exceptions: [{ rule: 'legal-advice', unless: { en: ['as discussed at our meeting'], fr: ['comme convenu en rendez-vous'] } }],
  allowList: { phones: ['+1 514 555 0100'], domains: ['cabinet-exemple.ca'] },
};
const phraseCount = phraseRules.reduce((n, r) => n + (r.match.en?.anyOf.length ?? 0) + (r.match.fr?.anyOf.length ?? 0), 0);
const c0 = performance.now();
const compiled = engine.compilePolicy(firmPolicy);
const compileMs = performance.now() - c0;
console.log('');
console.log(`firm policy: ${phraseRules.length} phrase rules, ${phraseCount} phrases; compiled in ${ms(compileMs)} ms (once per policy change, off the typing path)`);
const withPolicy = (drafts) => drafts.map((d) => ({ ...d, settings: { policy: compiled } }));
function timePolicy(drafts, reps) {
  const times = [];
  let found = 0;
  for (const d of drafts) {
    for (let i = 0; i < reps; i++) {
      clearCache();
      compiled.clear();
      const t0 = performance.now();
      found += analyze(d.text, d.context, d.settings).filter((f) => f.ruleId.startsWith('policy:')).length;
      times.push(performance.now() - t0);
    }
  }
  return { times: asc(times), found };
}
for (const d of withPolicy(corpus)) analyze(d.text, d.context, d.settings);
console.log(`  ${'group'.padEnd(24)} ${'drafts'.padStart(6)} ${'calls'.padStart(6)} ${'median'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}  firm findings  target`);
for (const g of groups) {
  const { times: u, found } = timePolicy(withPolicy(g.drafts), g.reps);
  const med = pct(u, 0.5);
  const p95 = pct(u, 0.95);
  const p99 = pct(u, 0.99);
  let target = '';
  if (g.label.startsWith('<= 280')) target = `median <= 0.5 ${mark(med <= 0.5)}, p99 <= 5 ${mark(p99 <= 5)}`;
  else if (g.label.startsWith('1001') || g.label.startsWith('5 000')) target = `p99 <= 20 ${mark(p99 <= 20)}`;
  else if (g.label.startsWith('50 000')) target = `p95 < 250 ${mark(p95 < 250)}`;
  console.log(`  ${g.label.padEnd(24)} ${String(g.drafts.length).padStart(6)} ${String(u.length).padStart(6)} ${ms(med)} ${ms(p95)} ${ms(p99)} ${ms(u[u.length - 1])}  ${String(found).padStart(13)}  ${target}`);
}
console.log('  incremental, with the policy:');
for (const size of [1000, 5000, 50000]) incremental(size, { policy: compiled }, ' + policy');

// ---------------------------------------------------------------- 6. hostile text

// The fuzz test's shapes (scripts/hostile-text.mjs) at 100 000 chars, each call
// uncached and the best of three (as in the fuzz test, so a GC pause is not
// taken for a slow path); the target is every call under 100 ms.
{
  const ctx = { profile: 'social-care', recipient: 'client-no-consent', channel: 'public' };
  const texts = Object.entries(SHAPES).map(([kind, make]) => [kind, make(100_000, rng(20_250_611))]);
  // A few more random-token texts: the densest in identifiers and risky words, the slowest kind so far.
  for (const seed of [1, 2, 3, 4, 5]) {
    const r = rng(seed);
    let t = '';
    while (t.length < 100_000) t += TOKENS[Math.floor(r() * TOKENS.length)] + (r() < 0.5 ? ' ' : '');
    texts.push([`random tokens #${seed}`, t.slice(0, 100_000)]);
  }
  const times = texts.map(([kind, text]) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      clearCache();
      const t0 = performance.now();
      analyze(text, ctx);
      best = Math.min(best, performance.now() - t0);
    }
    return [kind, best];
  });
  times.sort((a, b) => b[1] - a[1]);
  const worst = times[0];
  console.log('');
  console.log(`hostile text, ${times.length} texts of 100 000 chars (fuzz shapes and random tokens), best of 3 uncached calls each:`);
  console.log(`  slowest: ${times.slice(0, 4).map(([k, t]) => `${k} ${ms(t).trim()} ms`).join(', ')}`);
  console.log(`  max ${ms(worst[1])} ms   target every call < 100 ms  ${mark(worst[1] < 100)}`);
}

// ---------------------------------------------------------------- 7. alex reference

console.log('');
const { text: alexText } = await import('alex');
for (const d of corpus.slice(0, 100)) alexText(d.text);
const alexTimes = [];
for (const d of corpus) {
  const t0 = performance.now();
  alexText(d.text);
  alexTimes.push(performance.now() - t0);
}
const at = asc(alexTimes);
const pAll = timeDrafts(corpus, 1).uncached;
console.log(`alex reference (alex.text(), English-only checker on unified/retext, 1 call per draft), ${corpus.length} corpus drafts:`);
console.log(`  alex      median ${ms(pct(at, 0.5))} ms  p95 ${ms(pct(at, 0.95))} ms`);
console.log(`  Prudence  median ${ms(pct(pAll, 0.5))} ms  p95 ${ms(pct(pAll, 0.95))} ms  (uncached)`);
console.log(`  ratio Prudence/alex: median ${(pct(pAll, 0.5) / pct(at, 0.5)).toFixed(3)}, p95 ${(pct(pAll, 0.95) / pct(at, 0.95)).toFixed(3)}`);

console.log('');
console.log(`bench finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
