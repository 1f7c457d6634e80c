/**
 * Robustness of analyze() on hostile input: every Unicode plane, lone
 * surrogates, bidi and zero-width characters, control characters, HTML
 * entities, and shapes built to make regular expressions backtrack, up to
 * 100 000 chars. Properties: never throws, every range is inside the text and
 * does not cut a surrogate pair, the cached answer equals the uncached one,
 * and no call runs away (see CEILING_MS). The speed target itself (every call
 * under 100 ms) is a figure of `npm run bench`, on the same shapes, not a
 * timed assertion here.
 *
 * The engine runs in a worker thread (bundled with esbuild, as shipped), so a
 * call that never returns is stopped and reported instead of hanging the run.
 *
 * Reproduce a failure: FUZZ_SEED=<seed> npx vitest run tests/unit/fuzz.test.ts
 * Full sweep past hangs: FUZZ_MAX_HANGS=100000 (each hang costs FUZZ_HANG_MS, default 1500).
 */
import { build } from 'esbuild';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHAPES, TOKENS, rng } from '../../scripts/hostile-text.mjs';
import {
  BUILTIN_RULE_IDS,
  CHANNELS,
  LANGS,
  PROFILES,
  RECIPIENTS,
  SEVERITIES,
  type Context,
  type Settings,
} from '../../src/engine/types';

const SEED = Number(process.env.FUZZ_SEED ?? 20_250_611);
const RUNS = 10_000;
const MAX_MS = 100;
/**
 * A ceiling ten times the speed target: far above any legitimate scan on a
 * busy machine, so it does not measure speed, but it catches catastrophic
 * backtracking, which takes seconds to minutes.
 */
const CEILING_MS = Number(process.env.FUZZ_CEILING_MS ?? 1000);
const LONG = 100_000;
/** A call still running after this long is stopped and counted as a hang. */
const HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 1_500);
/** The generated run stops after this many hangs, each costing HANG_MS (raise it to sweep every case). */
const MAX_HANGS = Number(process.env.FUZZ_MAX_HANGS ?? 3);

// ---------------------------------------------------------------- inputs

const SHAPE_NAMES = Object.keys(SHAPES);

function shape(kind: string, n: number, r: () => number): string {
  const make = SHAPES[kind];
  if (make === undefined) throw new Error(`unknown shape ${kind}`);
  return make(n, r);
}

interface Case {
  kind: string;
  text: string;
}

/** Prints a short summary instead of the whole text when fast-check reports a case. */
function asCase(kind: string, text: string): Case {
  return {
    kind,
    text,
    [fc.toStringMethod]: () => `{kind: ${JSON.stringify(kind)}, length: ${text.length}, head: ${JSON.stringify(text.slice(0, 120))}}`,
  } as Case;
}

const loneUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const token = fc.constantFrom(...TOKENS);

/** Mostly short, some medium, a few hundred long, many of those exactly 100 000 chars. */
const size = fc.oneof(
  { weight: 80, arbitrary: fc.integer({ min: 0, max: 2_000 }) },
  { weight: 15, arbitrary: fc.integer({ min: 2_001, max: 20_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 20_001, max: LONG }) },
  { weight: 2, arbitrary: fc.constant(LONG) },
);

const cases: fc.Arbitrary<Case> = fc.oneof(
  { weight: 10, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }).map((t) => asCase('fc binary (all planes)', t)) },
  { weight: 8, arbitrary: fc.string({ unit: loneUnit, maxLength: 400 }).map((t) => asCase('fc code units (lone surrogates)', t)) },
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }).map((t) => asCase('fc graphemes', t)) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 400 }).map((t) => asCase('fc ascii + controls', t)) },
  {
    weight: 12,
    arbitrary: fc
      .array(fc.oneof(token, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 150 })
      .map((parts) => asCase('fc tokens', parts.join(''))),
  },
  {
    weight: 60,
    arbitrary: fc
      .tuple(fc.constantFrom(...SHAPE_NAMES), size, fc.integer())
      .map(([kind, n, seed]) => asCase(kind, shape(kind, n, rng(seed)))),
  },
);

const contexts: fc.Arbitrary<Context> = fc.record({
  profile: fc.constantFrom(...PROFILES),
  recipient: fc.constantFrom(...RECIPIENTS),
  channel: fc.constantFrom(...CHANNELS),
});

const settings: fc.Arbitrary<Settings> = fc.record(
  {
    locale: fc.constantFrom(...LANGS),
    rules: fc.dictionary(
      fc.constantFrom(...BUILTIN_RULE_IDS),
      fc.record({ enabled: fc.boolean(), severity: fc.constantFrom(...SEVERITIES) }, { requiredKeys: [] }),
    ),
  },
  { requiredKeys: [] },
);

// ---------------------------------------------------------------- engine in a worker

interface Request {
  text: string;
  ctx: Context;
  settings: Settings;
  /** Also compare a second, cached call with the first. */
  compareCached: boolean;
}

interface Reply {
  ms: number;
  findings: { ruleId: string; severity: string; lang: string; range: [number, number] }[];
  cacheMismatch: boolean;
  error?: string;
}

/**
 * Worker body (plain JS: it runs outside vite). Times one uncached call; a call
 * over the limit but not far over is timed twice more, keeping the best, so a
 * GC pause or a busy machine is not taken for a slow path.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.url).then((engine) => {
  // Warm-up before 'ready': the first calls compile every pattern (for one-byte and two-byte strings), which is cold-start cost, not a hang.
  const ctx = { profile: 'lawyer', recipient: 'prospect', channel: 'public' };
  for (const t of workerData.warmup) engine.analyze(t, ctx);
  engine.clearCache();
  parentPort.on('message', (req) => {
    try {
      let best = Infinity;
      let findings = [];
      for (let attempt = 0; attempt < 3 && (attempt === 0 || (best >= workerData.maxMs && best < 5 * workerData.maxMs)); attempt++) {
        engine.clearCache();
        const t0 = performance.now();
        findings = engine.analyze(req.text, req.ctx, req.settings);
        best = Math.min(best, performance.now() - t0);
      }
      let cacheMismatch = false;
      if (req.compareCached) {
        const again = engine.analyze(req.text, req.ctx, req.settings);
        cacheMismatch = JSON.stringify(again) !== JSON.stringify(findings);
      }
      parentPort.postMessage({
        ms: best,
        findings: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, lang: f.lang, range: [f.range[0], f.range[1]] })),
        cacheMismatch,
      });
    } catch (e) {
      parentPort.postMessage({ ms: 0, findings: [], cacheMismatch: false, error: String((e && e.stack) || e) });
    }
  });
  parentPort.postMessage('ready');
});
`;

const WARMUP = [
  'You can break the lease, they have no right to evict you. Vous pouvez refuser, ils n\'ont pas le droit.',
  'Ne signez rien 😀 et ne répondez pas à la police, YOU ARE SO STUPID!!! 06 12 34 56 78',
  ...SHAPE_NAMES.map((name) => shape(name, 300, rng(1))),
];

let bundleDir = '';
let bundleUrl = '';
let worker: Worker | undefined;

async function startWorker(): Promise<Worker> {
  const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { url: bundleUrl, maxMs: MAX_MS, warmup: WARMUP } });
  await new Promise<void>((resolve, reject) => {
    w.once('message', () => resolve());
    w.once('error', reject);
  });
  return w;
}

/** Runs one request; undefined when the call did not return within HANG_MS (the worker is then replaced). */
async function run(req: Request): Promise<Reply | undefined> {
  worker ??= await startWorker();
  const w = worker;
  return new Promise<Reply | undefined>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
    };
    const onMessage = (reply: Reply) => {
      done();
      resolve(reply);
    };
    const onError = (e: Error) => {
      done();
      worker = undefined;
      reject(e);
    };
    const timer = setTimeout(() => {
      done();
      worker = undefined;
      void w.terminate();
      resolve(undefined);
    }, HANG_MS);
    w.on('message', onMessage);
    w.on('error', onError);
    w.postMessage(req);
  });
}

// ---------------------------------------------------------------- checks

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `i` falls between the two halves of a valid surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

function checkReply(c: Case, reply: Reply): void {
  const text = c.text;
  if (reply.error !== undefined) throw new Error(`analyze() threw on ${describe1(c)}:\n${reply.error}`);
  for (const f of reply.findings) {
    const [start, end] = f.range;
    const where = `${f.ruleId} [${start}, ${end}) on ${describe1(c)}`;
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw new Error(`non-integer range: ${where}`);
    if (!(start >= 0 && start < end && end <= text.length)) throw new Error(`range out of bounds or empty: ${where}`);
    if (splitsPair(text, start) || splitsPair(text, end)) throw new Error(`range cuts a surrogate pair: ${where}`);
    if (!(BUILTIN_RULE_IDS as readonly string[]).includes(f.ruleId)) throw new Error(`unknown rule id: ${where}`);
    if (!(SEVERITIES as readonly string[]).includes(f.severity)) throw new Error(`unknown severity ${f.severity}: ${where}`);
    if (!(LANGS as readonly string[]).includes(f.lang)) throw new Error(`unknown lang ${f.lang}: ${where}`);
  }
  if (reply.cacheMismatch) throw new Error(`the cached analysis differs from the uncached one on ${describe1(c)}`);
}

function describe1(c: Case): string {
  return `"${c.kind}" (${c.text.length} chars, starts ${JSON.stringify(c.text.slice(0, 40))})`;
}

interface Timing {
  /** Infinity for a call stopped after HANG_MS. */
  ms: number;
  kind: string;
  what: string;
}

/** The slowest calls, then how many calls went over the limit, by shape. */
function slowest(ts: Timing[]): string {
  const over = new Map<string, number>();
  for (const t of ts) if (t.ms >= MAX_MS) over.set(t.kind, (over.get(t.kind) ?? 0) + 1);
  const byKind = [...over].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} x${n}`).join(', ');
  const stopped = ts.filter((t) => !Number.isFinite(t.ms)).length;
  const top = [...ts]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6)
    .map((t) => `${Number.isFinite(t.ms) ? `${t.ms.toFixed(1)} ms` : `over ${HANG_MS} ms (stopped)`} on ${t.what}`)
    .join('\n  ');
  return `${top}\n  ${[...over.values()].reduce((a, b) => a + b, 0)} of ${ts.length} calls at or over ${MAX_MS} ms (${stopped} stopped after ${HANG_MS} ms)${byKind ? `: ${byKind}` : ''}`;
}

// ---------------------------------------------------------------- tests

describe('analyze() on hostile input', () => {
  beforeAll(async () => {
    bundleDir = mkdtempSync(join(tmpdir(), 'prudence-fuzz-'));
    const file = join(bundleDir, 'engine.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('../../src/engine/index.ts', import.meta.url))],
      outfile: file,
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      logLevel: 'error',
    });
    bundleUrl = pathToFileURL(file).href;
    worker = await startWorker();
  }, 120_000);

  afterAll(async () => {
    await worker?.terminate();
    if (bundleDir !== '') rmSync(bundleDir, { recursive: true, force: true });
  });

  it(`every hostile shape at ${LONG} chars: no throw, ranges valid, each call < ${CEILING_MS} ms`, async () => {
    const ctx: Context = { profile: 'social-care', recipient: 'client-no-consent', channel: 'public' };
    const timings: Timing[] = [];
    let hangs = 0;
    for (const [kind, make] of Object.entries(SHAPES)) {
      const c = asCase(kind, make(LONG, rng(SEED)));
      const reply = await run({ text: c.text, ctx, settings: {}, compareCached: false });
      if (reply === undefined) {
        timings.push({ ms: Infinity, kind: c.kind, what: describe1(c) });
        if (++hangs >= 2 * MAX_HANGS) break;
        continue;
      }
      checkReply(c, reply);
      timings.push({ ms: reply.ms, kind: c.kind, what: describe1(c) });
    }
    const max = Math.max(...timings.map((t) => t.ms));
    expect(max, `analyze() must finish under ${CEILING_MS} ms per call${hangs >= 2 * MAX_HANGS ? ` (stopped after ${hangs} hangs)` : ''}; slowest:\n  ${slowest(timings)}\n`).toBeLessThan(CEILING_MS);
  }, 120_000);


  it(`${RUNS} generated drafts (seed ${SEED}): no throw, ranges valid, cache-consistent, each call < ${CEILING_MS} ms`, async () => {
    const timings: Timing[] = [];
    let long = 0;
    let full = 0;
    let hangs = 0;
    try {
      await fc.assert(
        fc.asyncProperty(cases, contexts, settings, async (c, ctx, st) => {
          const reply = await run({ text: c.text, ctx, settings: st, compareCached: c.text.length <= 2_000 });
          if (c.text.length > 20_000) long++;
          if (c.text.length >= LONG - 1_000) full++;
          if (reply === undefined) {
            timings.push({ ms: Infinity, kind: c.kind, what: describe1(c) });
            // A hang is a timing failure: report it with the others, but stop before the run gets long.
            if (++hangs >= MAX_HANGS) throw new Error(`stopped after ${hangs} calls over ${HANG_MS} ms`);
            return;
          }
          timings.push({ ms: reply.ms, kind: c.kind, what: describe1(c) });
          checkReply(c, reply);
        }),
        // No shrinking: inputs are up to 100 000 chars and the report already names the shape, the length and the seed.
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    } catch (e) {
      const msg = (e as Error).message;
      if (hangs < MAX_HANGS) throw new Error(`fuzz failed with seed ${SEED} (rerun: FUZZ_SEED=${SEED} npx vitest run tests/unit/fuzz.test.ts)\n${msg}`);
    }
    console.log(`fuzz seed ${SEED}: ${timings.length} calls, ${long} over 20 000 chars, ${full} of ~${LONG} chars; slowest:\n  ${slowest(timings)}`);
    const max = Math.max(...timings.map((t) => t.ms));
    expect(max, `analyze() must finish under ${CEILING_MS} ms per call (seed ${SEED}); slowest:\n  ${slowest(timings)}\n`).toBeLessThan(CEILING_MS);
    expect(long, 'the generator should produce a few hundred long inputs').toBeGreaterThanOrEqual(100);
    expect(full, `some inputs should reach ~${LONG} chars`).toBeGreaterThanOrEqual(20);
  }, Math.min(3_600_000, 180_000 + MAX_HANGS * HANG_MS));
});
