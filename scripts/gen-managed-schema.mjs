// Writes public/managed_schema.json, Chrome's managed-storage schema, from the
// zod policy schema (src/policy/managed.ts). Run after changing the schema:
//   npm run gen:managed-schema
// tests/unit/policy-managed.test.ts fails when the committed file drifts.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({
  entryPoints: [join(root, 'src', 'policy', 'managed.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
const file = join(root, 'public', 'managed_schema.json');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(mod.managedSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
