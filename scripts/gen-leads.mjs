// Writes src/engine/lexicon/generated/leads.ts: the leads of every lexicon
// pattern's alternatives (see src/engine/leads.ts), so that loading the engine
// reads them instead of working them out. Run after changing a lexicon, a
// macro or the verb list: `npm run gen:leads` (a unit test says when it is due).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'prudence-leads-'));
try {
  const out = join(dir, 'leads.mjs');
  await build({ entryPoints: [join(root, 'src/engine/lexicon/lead-table.ts')], outfile: out, bundle: true, format: 'esm', platform: 'neutral', logLevel: 'error' });
  const { renderLeadTable } = await import(pathToFileURL(out).href);
  writeFileSync(join(root, 'src/engine/lexicon/generated/leads.ts'), renderLeadTable());
  console.log('wrote src/engine/lexicon/generated/leads.ts');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
