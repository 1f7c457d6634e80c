import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SENTENCE, Splitter, splitSentences } from '../../src/engine/sentences';

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

describe('Splitter (re-splitting only around an edit)', () => {
  // Pieces that make boundaries, near-boundaries and long sentences, so edits land on every kind of spot.
  const PIECES = ['Hello', ' ', 'world', '.', '!', '?', '...', '…', '\n', 'Mr.', ' Dr. Smith', 'etc.', 'art. 12', '"', '»', ')', 'é', '  ', 'vous', 'x'.repeat(700), '😀', '!!!', '。'];
  const piece = fc.constantFrom(...PIECES);
  const draft = fc.array(piece, { minLength: 200, maxLength: 900 }).map((ps) => ps.join(''));
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 30 }), ins: fc.array(piece, { maxLength: 4 }).map((ps) => ps.join('')) });

  it('gives exactly the spans of a full split, edit after edit, and says truly which sentences it kept', () => {
    fc.assert(
      fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const splitter = new Splitter();
        let text = start;
        let before = splitter.split(text);
        expect(before.spans).toEqual(splitSentences(text));
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          const old = text;
          text = text.slice(0, at) + e.ins + text.slice(at + e.del);
          const now = splitter.split(text);
          expect(now.spans).toEqual(splitSentences(text));
          now.same.forEach((j, i) => {
            if (j < 0) return;
            const a = before.spans[j];
            const b = now.spans[i];
            expect(a && b && old.slice(a.start, a.end)).toBe(b && text.slice(b.start, b.end));
          });
          before = now;
        }
      }),
      { numRuns: 300, seed: 20_261_123 },
    );
  });

  it('keeps every sentence but the edited one on a long draft', () => {
    const splitter = new Splitter();
    const a = 'First one here. Second sentence here! '.repeat(200);
    splitter.split(a);
    const b = `${a.slice(0, 3000)}X${a.slice(3001)}`;
    const r = splitter.split(b);
    expect(r.same.filter((j) => j < 0).length).toBeLessThanOrEqual(2);
    expect(splitter.split('Short. Draft.').spans).toEqual(splitSentences('Short. Draft.'));
  });
});
