/**
 * The engine (src/engine) must stay pure TypeScript that runs anywhere: in the
 * extension's content script, its service worker, the CLI and the tests. So it
 * imports nothing outside src/engine (except the NLP packages, and those only
 * from src/engine/nlp.ts), touches no DOM, extension or Node globals, and
 * bundles for esbuild's 'neutral' platform with no node: import.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const engineDir = join(root, 'src', 'engine');

/** Packages the engine may import, and the one file allowed to import them. */
const ALLOWED_PACKAGES: Record<string, string> = {
  compromise: 'src/engine/nlp.ts',
  'fr-compromise': 'src/engine/nlp.ts',
};

const FORBIDDEN_GLOBALS: { name: string; re: RegExp }[] = [
  // A bare identifier, not a property (x.document) nor an object key ({ window: ... }).
  ...['document', 'window', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'WebSocket'].map((name) => ({
    name,
    re: new RegExp(`(?<![.\\w$])${name}\\b(?!\\s*:(?!:))`),
  })),
  { name: 'chrome.*', re: /(?<![.\w$])chrome\s*\??\./ },
  { name: 'browser.*', re: /(?<![.\w$])browser\s*\??\./ },
  { name: 'globalThis.chrome / globalThis.browser', re: /globalThis\s*\??\.\s*(?:chrome|browser)\b/ },
  { name: 'process.*', re: /(?<![.\w$])process\s*\??\./ },
  { name: 'Buffer', re: /(?<![.\w$])Buffer\b(?!\s*:(?!:))/ },
  { name: 'require()', re: /(?<![.\w$])require\s*\(/ },
  { name: '__dirname / __filename', re: /(?<![.\w$])__(?:dirname|filename)\b/ },
];

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(p));
    else if (/\.(?:ts|tsx|mts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

interface Scanned {
  /** The source with comments removed and string contents blanked (same length, line breaks kept). */
  code: string;
  /** String literal values by the index of their opening quote in `code`. */
  strings: Map<number, string>;
}

/**
 * Blanks comments and the inside of string, template and regex literals,
 * keeping offsets, so the checks below only see code. A lexer good enough for
 * this code base, not a full TypeScript parser: a `/` starts a regex literal
 * when the previous significant character cannot end an expression.
 */
function scanSource(src: string): Scanned {
  const out: string[] = [];
  const strings = new Map<number, string>();
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let i = 0;
  let lastSignificant = '';
  // Brace depth at which each open template literal's `${` started.
  const templateStack: number[] = [];
  let braceDepth = 0;
  const n = src.length;
  const readQuoted = (quote: string, start: number): number => {
    let j = start + 1;
    while (j < n && src[j] !== quote && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, n);
  };
  const readTemplate = (start: number): { end: number; interpolation: boolean } => {
    let j = start;
    while (j < n) {
      if (src[j] === '\\') j += 2;
      else if (src[j] === '`') return { end: j + 1, interpolation: false };
      else if (src[j] === '$' && src[j + 1] === '{') return { end: j + 2, interpolation: true };
      else j++;
    }
    return { end: n, interpolation: false };
  };
  while (i < n) {
    const c = src[i] ?? '';
    const d = src[i + 1] ?? '';
    if (c === '/' && d === '/') {
      const j = src.indexOf('\n', i);
      const end = j === -1 ? n : j;
      out.push(blank(src.slice(i, end)));
      i = end;
    } else if (c === '/' && d === '*') {
      const j = src.indexOf('*/', i + 2);
      const end = j === -1 ? n : j + 2;
      out.push(blank(src.slice(i, end)));
      i = end;
    } else if (c === "'" || c === '"') {
      const end = readQuoted(c, i);
      strings.set(i, src.slice(i + 1, end - 1));
      out.push(c + blank(src.slice(i + 1, end - 1)) + c);
      i = end;
      lastSignificant = 'a';
    } else if (c === '`' || (c === '}' && templateStack.length > 0 && templateStack[templateStack.length - 1] === braceDepth)) {
      if (c === '}') templateStack.pop();
      const { end, interpolation } = readTemplate(i + 1);
      if (c === '`') strings.set(i, src.slice(i + 1, end - (interpolation ? 2 : 1)));
      out.push(c + blank(src.slice(i + 1, end - (interpolation ? 2 : 1))) + (interpolation ? '${' : '`'));
      if (interpolation) templateStack.push(braceDepth);
      i = end;
      lastSignificant = 'a';
    } else if (c === '/' && (lastSignificant === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(lastSignificant))) {
      // A regex literal: skip to its closing slash (outside a character class), then its flags.
      let j = i + 1;
      let inClass = false;
      while (j < n && src[j] !== '\n') {
        if (src[j] === '\\') j += 2;
        else if (src[j] === '[') (inClass = true), j++;
        else if (src[j] === ']') (inClass = false), j++;
        else if (src[j] === '/' && !inClass) break;
        else j++;
      }
      j++;
      while (j < n && /[a-z]/i.test(src[j] ?? '')) j++;
      out.push('/' + blank(src.slice(i + 1, j)));
      i = j;
      lastSignificant = 'a';
    } else {
      if (c === '{') braceDepth++;
      else if (c === '}') braceDepth--;
      if (!/\s/.test(c)) lastSignificant = c;
      out.push(c);
      i++;
    }
  }
  return { code: out.join(''), strings };
}

/** Module specifiers of static imports, re-exports, side-effect imports and import() calls. */
function importsOf(s: Scanned): string[] {
  const specs: string[] = [];
  const re = /(?<![.\w$])(?:from|import)\s*(?:\(\s*)?(['"`])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.code)) !== null) {
    const quoteAt = m.index + m[0].length - 1;
    const value = s.strings.get(quoteAt);
    if (value !== undefined) specs.push(value);
  }
  return specs;
}

const files = listTs(engineDir);
const rel = (f: string) => relative(root, f).split(sep).join('/');

describe('the scanner used by these checks', () => {
  it('ignores comments, strings and regex literals, and finds imports', () => {
    const src = [
      "import { a } from './a';",
      'import type {',
      '  B,',
      "} from '../outside';",
      "export * from \"./c\";",
      "import 'side-effect';",
      "const lazy = () => import('./lazy');",
      '// window.alert(document.title) in a comment',
      '/* chrome.runtime in a block comment */',
      "const s = 'fetch(window) in a string';",
      'const t = `navigator ${x} localStorage`;',
      'const r = /document|window/g;',
      'const o = { window: 1, document: 2 };',
      'const p = obj.document;',
      'window.open();',
    ].join('\n');
    const s = scanSource(src);
    expect(importsOf(s)).toEqual(['./a', '../outside', './c', 'side-effect', './lazy']);
    const found = FORBIDDEN_GLOBALS.filter((g) => g.re.test(s.code)).map((g) => g.name);
    expect(found).toEqual(['window']);
  });
});

describe('engine purity (src/engine)', () => {
  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files.map(rel)).toContain('src/engine/index.ts');
    // Guards against a scanner that silently finds nothing.
    const total = files.reduce((a, f) => a + importsOf(scanSource(readFileSync(f, 'utf8'))).length, 0);
    expect(total).toBeGreaterThan(files.length);
  });

  it('imports nothing outside src/engine (NLP packages only from src/engine/nlp.ts)', () => {
    const problems: string[] = [];
    for (const f of files) {
      for (const spec of importsOf(scanSource(readFileSync(f, 'utf8')))) {
        if (spec.startsWith('.') || spec.startsWith('/')) {
          const target = resolve(dirname(f), spec);
          if (target !== engineDir && !target.startsWith(engineDir + sep)) problems.push(`${rel(f)} imports "${spec}", outside src/engine`);
        } else {
          const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
          const allowedIn = ALLOWED_PACKAGES[pkg];
          if (allowedIn === undefined) problems.push(`${rel(f)} imports package "${spec}"`);
          else if (allowedIn !== rel(f)) problems.push(`${rel(f)} imports "${spec}", allowed only in ${allowedIn}`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('uses no DOM, extension or Node globals', () => {
    const problems: string[] = [];
    for (const f of files) {
      const { code } = scanSource(readFileSync(f, 'utf8'));
      const lines = code.split('\n');
      lines.forEach((line, i) => {
        for (const g of FORBIDDEN_GLOBALS) if (g.re.test(line)) problems.push(`${rel(f)}:${i + 1} uses ${g.name}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it("bundles for esbuild's neutral platform with no node: or external import", async () => {
    const result = await build({
      entryPoints: [join(engineDir, 'index.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: root,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => p.startsWith('node:'))).toEqual([]);
    const outsiders = inputs.filter((p) => !p.startsWith('src/engine/') && !/node_modules\/(?:compromise|fr-compromise)\//.test(p));
    expect(outsiders, `bundled from outside src/engine: ${outsiders.join(', ')}`).toEqual([]);
    const external = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((imp) => imp.path));
    expect(external, `the bundle still imports: ${external.join(', ')}`).toEqual([]);
    const text = result.outputFiles?.[0]?.text ?? '';
    expect(text).not.toMatch(/\bfrom\s*["']node:|import\(\s*["']node:|require\(\s*["']node:/);
  });
});
