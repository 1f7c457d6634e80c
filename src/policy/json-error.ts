/**
 * Where a policy's JSON text stops being JSON, from the parser's own message,
 * for the options page's import and for `policyJson` in managed storage.
 */

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/**
 * Where a JSON.parse error happened, from its message: V8 says "at position
 * N" (newer versions add "(line L column C)"), Firefox "at line L column C",
 * and both say the input ended early without a position.
 */
export function syntaxPosition(text: string, message: string): { line: number; column: number } | null {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc !== null) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  if (pos !== null) return lineColumn(text, Number(pos[1]));
  if (/end of (?:JSON )?(?:input|data)/i.test(message)) return lineColumn(text, text.length);
  return null;
}

/** The parser's own words, without the position the page states separately. */
export function syntaxDetail(message: string): string {
  const cleaned = message
    .replace(/^JSON\.parse:\s*/i, '')
    .replace(/\s*\(line \d+ column \d+\)/i, '')
    .replace(/\s*in JSON at position \d+/i, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data/i, '')
    .trim();
  return cleaned === '' ? message : cleaned;
}
