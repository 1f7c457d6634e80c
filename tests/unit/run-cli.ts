/** Runs the CLI in-process with files in memory, capturing what it prints (for the CLI's tests). */
import { main } from '../../src/cli/main';

export async function runCli(argv: string[], files: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return f;
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
