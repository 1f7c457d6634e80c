import { describe, expect, it } from 'vitest';
import { shouting } from '../../src/engine/detectors/tone';
import { fold } from '../../src/engine/normalize';
import type { Sentence } from '../../src/engine/rule';

function sentence(text: string): Sentence {
  return { text, folded: fold(text), lang: 'en' };
}

/** The shouted words, as cut from the sentence by the hit offsets. */
function loud(text: string): string[] {
  return shouting(sentence(text)).map((h) => text.slice(h.start, h.end));
}

describe('shouting detector', () => {
  it('flags a long run of capitals inside a normal sentence', () => {
    expect(loud('Hello Paul, PLEASE STOP CALLING THE OFFICE every hour.')).toEqual(['PLEASE STOP CALLING THE OFFICE']);
    expect(loud('ok so WE ALREADY SENT IT TWICE, check again')).toEqual(['WE ALREADY SENT IT TWICE']);
  });

  it('flags a sentence written entirely in capitals, friendly or not', () => {
    expect(loud('STOP SPAMMING US.')).toEqual(['STOP SPAMMING US']);
    expect(loud('BONNE NUIT MON AMOUR')).toEqual(['BONNE NUIT MON AMOUR']);
    expect(loud('ARRÊTEZ DE NOUS ÉCRIRE!!!')).toEqual(['ARRÊTEZ DE NOUS ÉCRIRE']);
    expect(loud('I SAID NO')).toEqual(['I SAID NO']);
  });

  it('keeps digits and texting forms inside a run', () => {
    expect(loud('C U 2MRW AT 8 LUV U LOADS')).toEqual(['C U 2MRW AT 8 LUV U LOADS']);
  });

  it('ignores one word in capitals for emphasis', () => {
    expect(loud('You can NOT withhold rent.')).toEqual([]);
    expect(loud('Do NOT post anything about the case.')).toEqual([]);
    expect(loud('This is URGENT, call me.')).toEqual([]);
    expect(loud('Do NOT sign it')).toEqual([]);
  });

  it('ignores acronyms and codes, alone or in a row', () => {
    expect(loud('Your NAS and AVS numbers stay private.')).toEqual([]);
    expect(loud('Send the PDF ASAP, then DM me.')).toEqual([]);
    expect(loud('CNESST, TAL, SAAQ: three different forms.')).toEqual([]);
    expect(loud('EU261 applies, see the SMS from the IBAN team.')).toEqual([]);
    expect(loud('OK LOL')).toEqual([]);
    expect(loud('MDR PTDR')).toEqual([]);
    expect(loud('Forms SHC-PAC9A & SHC-PAC9B are attached.')).toEqual([]);
  });

  it('ignores single words, short pairs and mixed case', () => {
    expect(loud('OK')).toEqual([]);
    expect(loud('MERCI')).toEqual([]);
    expect(loud('NO WAY')).toEqual([]);
    expect(loud('Thanks For Reaching Out To Us Today')).toEqual([]);
    expect(loud('McDONALD and DeSOUSA called')).toEqual([]);
  });

  it('does not count links, mentions or hashtags', () => {
    expect(loud('@JDOE #BLACKFRIDAY https://T.CO/ABCDEFGH see you')).toEqual([]);
    expect(loud('@jdoe THANKS SO MUCH FOR WAITING')).toEqual(['THANKS SO MUCH FOR WAITING']);
  });

  it('maps offsets to the text as typed, around emoji and accents', () => {
    const text = '😡😡 Écoute: ÇA SUFFIT MAINTENANT, OK? 🙏';
    const hits = shouting(sentence(text));
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('ÇA SUFFIT MAINTENANT, OK');
    const astral = 'tell them 𝐒𝐓𝐎𝐏 𝐍𝐎𝐖 𝐏𝐋𝐄𝐀𝐒𝐄 𝐍𝐎𝐖 today';
    const [h] = shouting(sentence(astral));
    expect(h && astral.slice(h.start, h.end)).toBe('𝐒𝐓𝐎𝐏 𝐍𝐎𝐖 𝐏𝐋𝐄𝐀𝐒𝐄 𝐍𝐎𝐖');
  });

  it('reports every separate run of a sentence', () => {
    expect(loud('THIS IS NOT OKAY and YOU KNOW IT VERY WELL')).toEqual(['THIS IS NOT OKAY', 'YOU KNOW IT VERY WELL']);
  });

  it('handles empty, blank and symbol-only sentences', () => {
    expect(loud('')).toEqual([]);
    expect(loud('   ')).toEqual([]);
    expect(loud('!!! ??? 123 456')).toEqual([]);
    expect(loud('\uD83D\uD83D')).toEqual([]);
  });

  it('stays linear on 100 000 characters', () => {
    for (const unit of ['A ', 'AB CD ', 'Ab ', 'É ', '🙄 ', 'A'.repeat(99) + ' ', '!', '@A ']) {
      const big = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const s = sentence(big);
      const t0 = performance.now();
      const hits = shouting(s);
      expect(performance.now() - t0).toBeLessThan(500);
      for (const h of hits) {
        expect(h.start).toBeGreaterThanOrEqual(0);
        expect(h.end).toBeLessThanOrEqual(big.length);
        expect(h.end).toBeGreaterThan(h.start);
      }
    }
  });
});
