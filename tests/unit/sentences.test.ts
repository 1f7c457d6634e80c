import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/engine/sentences';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on final punctuation and line breaks', () => {
    expect(texts('Hi Tom. See you at 2pm! Ok?\nThanks')).toEqual(['Hi Tom.', 'See you at 2pm!', 'Ok?', 'Thanks']);
  });
  it('does not split after titles and short forms', () => {
    expect(texts('Bonjour M. Roy, merci. Mr. Hughes called, see art. 12 of the lease.')).toEqual([
      'Bonjour M. Roy, merci.',
      'Mr. Hughes called, see art. 12 of the lease.',
    ]);
  });
  it('keeps decimals and times together', () => {
    expect(texts('It costs 1.5k at 9.30 today.')).toEqual(['It costs 1.5k at 9.30 today.']);
  });
  it('cuts very long sentences at a space', () => {
    const long = 'word '.repeat(1000).trim();
    const spans = splitSentences(long);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(spans[0]?.start).toBe(0);
    expect(spans[spans.length - 1]?.end).toBe(long.length);
  });
  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\t ')).toEqual([]);
  });
});
