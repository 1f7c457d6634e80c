/**
 * docs/admin.md shows what the CLI really prints: every fenced block after a
 * `<!-- render: X -->`, `<!-- validate -->`, `<!-- try -->` or
 * `<!-- file: PATH -->` marker equals, today, the command's output or the
 * file (scripts/gen-admin-docs.mjs rewrites them). The example policy is valid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { RENDER_TARGETS } from '../../src/policy/render';
import { checkPolicy } from '../../src/policy/schema';

const root = fileURLToPath(new URL('../..', import.meta.url));
const POLICY = 'docs/examples/policy.json';
const REGENERATE = 'node scripts/gen-admin-docs.mjs';
const doc = readFileSync(join(root, 'docs', 'admin.md'), 'utf8');

interface Block {
  marker: string;
  /** 1-based line of the marker. */
  line: number;
  content: string;
}

const MARKER = /^<!-- (file: \S+|validate|render: [a-z-]+|drafts|try) -->$/;

function blocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const out: Block[] = [];
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (m?.[1] === undefined) return;
    expect(lines[i + 1], `docs/admin.md:${i + 1}: a fenced block must follow "${line}"`).toMatch(/^```/);
    const end = lines.findIndex((l, j) => j > i + 1 && l === '```');
    expect(end, `docs/admin.md:${i + 2}: the fenced block is not closed`).toBeGreaterThan(i);
    out.push({ marker: m[1], line: i + 1, content: lines.slice(i + 2, end).join('\n') });
  });
  return out;
}

const found = blocks(doc);
const drafts = found.find((b) => b.marker === 'drafts')?.content;

/** Runs the CLI in-process on the repository's files (and drafts.jsonl from the guide); stdout as printed. */
async function stdout(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (s: string) => out.push(s),
    err: (s: string) => err.push(s),
    readFile: (p: string) => (p === 'drafts.jsonl' && drafts !== undefined ? drafts : readFileSync(join(root, p), 'utf8')),
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function command(marker: string): string[] | null {
  if (marker === 'validate') return ['policy', 'validate', POLICY];
  if (marker === 'try') return ['policy', 'try', POLICY, '--jsonl', 'drafts.jsonl'];
  if (marker.startsWith('render: ')) return ['policy', 'render', POLICY, '--for', marker.slice('render: '.length)];
  return null;
}

describe('docs/admin.md', () => {
  it('has a rendered example for every target', () => {
    const rendered = found.filter((b) => b.marker.startsWith('render: ')).map((b) => b.marker.slice('render: '.length));
    for (const t of rendered) expect(RENDER_TARGETS as readonly string[]).toContain(t);
    // edge-windows is the chrome-windows file under Edge's key: the guide says so in words.
    for (const t of RENDER_TARGETS) if (t !== 'edge-windows') expect(rendered).toContain(t);
    expect(found.map((b) => b.marker)).toEqual(expect.arrayContaining(['validate', 'drafts', 'try', `file: ${POLICY}`]));
  });

  it.each(found.filter((b) => b.marker !== 'drafts').map((b) => [b.marker, b] as const))('shows what "%s" gives today', async (_, b) => {
    const argv = command(b.marker);
    const stale = `docs/admin.md:${b.line}: the block after "<!-- ${b.marker} -->" is out of date: run \`${REGENERATE}\``;
    if (argv === null) {
      const file = readFileSync(join(root, b.marker.slice('file: '.length)), 'utf8').replace(/\n$/, '');
      expect(b.content, stale).toBe(file);
      return;
    }
    const r = await stdout(argv);
    expect(r.code, `prudence ${argv.join(' ')} failed:\n${r.err}`).toBe(0);
    expect(b.content, stale).toBe(r.out);
  });

  it('uses an example policy that validates with no warning', async () => {
    const { errors, warnings } = checkPolicy(JSON.parse(readFileSync(join(root, POLICY), 'utf8')));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const r = await stdout(['policy', 'validate', POLICY]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });
});
