// Rewrites the generated blocks of docs/admin.md from the CLI, so the guide
// shows exactly what the commands print for docs/examples/policy.json:
//   node scripts/gen-admin-docs.mjs
// tests/unit/admin-docs.test.ts fails when a block drifts, and names this script.
//
// A block is a fenced code block right after one of these markers:
//   <!-- file: docs/examples/policy.json -->   the file itself
//   <!-- validate -->                          prudence policy validate docs/examples/policy.json
//   <!-- render: TARGET -->                    prudence policy render docs/examples/policy.json --for TARGET
//   <!-- drafts -->                            input only: the drafts.jsonl the next marker reads
//   <!-- try -->                               prudence policy try docs/examples/policy.json --jsonl drafts.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli } from './build-cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = join(root, 'docs', 'admin.md');
const POLICY = 'docs/examples/policy.json';

await buildCli();
const { main } = await import(pathToFileURL(join(root, '.cache', 'cli.mjs')).href);

const MARKER = /^<!-- (file: \S+|validate|render: [a-z-]+|drafts|try) -->$/;

/** The blocks of the guide: marker, and the line range of the fenced content. */
function blocks(lines) {
  const out = [];
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (m === null) return;
    if (!/^```/.test(lines[i + 1] ?? '')) throw new Error(`docs/admin.md:${i + 1}: "${line}" must be followed by a fenced code block`);
    const end = lines.findIndex((l, j) => j > i + 1 && l === '```');
    if (end < 0) throw new Error(`docs/admin.md:${i + 2}: the fenced block is not closed`);
    out.push({ marker: m[1], start: i + 2, end });
  });
  return out;
}

async function output(argv, files) {
  const out = [];
  const io = {
    out: (s) => out.push(s),
    err: () => {},
    readFile: (p) => files[p] ?? readFileSync(join(root, p), 'utf8'),
  };
  const code = await main(argv, io);
  if (code !== 0) throw new Error(`prudence ${argv.join(' ')} exited with ${code}`);
  return out.join('\n');
}

const lines = readFileSync(DOC, 'utf8').split('\n');
// Replaced from the last block up, so earlier line numbers stay right.
const found = blocks(lines);
const drafts = found.find((b) => b.marker === 'drafts');
const files = drafts === undefined ? {} : { 'drafts.jsonl': lines.slice(drafts.start, drafts.end).join('\n') };
let changed = 0;
for (const b of [...found].reverse()) {
  if (b.marker === 'drafts') continue;
  let text;
  if (b.marker.startsWith('file: ')) text = readFileSync(join(root, b.marker.slice('file: '.length)), 'utf8').replace(/\n$/, '');
  else if (b.marker === 'validate') text = await output(['policy', 'validate', POLICY], files);
  else if (b.marker === 'try') text = await output(['policy', 'try', POLICY, '--jsonl', 'drafts.jsonl'], files);
  else text = await output(['policy', 'render', POLICY, '--for', b.marker.slice('render: '.length)], files);
  const old = lines.slice(b.start, b.end).join('\n');
  if (old !== text) changed++;
  lines.splice(b.start, b.end - b.start, ...text.split('\n'));
}
if (changed > 0) writeFileSync(DOC, lines.join('\n'));
console.log(`docs/admin.md: ${found.length} blocks, ${changed} rewritten`);
