import { describe, expect, it } from 'vitest';
import { avsValid, ean13Valid, ibanValid, luhnValid, nirValid } from '../../src/engine/detectors/id-checksums';
import { detectIdentifiers } from '../../src/engine/detectors/identifiers';
import { MAX_CLAIMS } from '../../src/engine/detectors/id-text';
import { fold } from '../../src/engine/normalize';
import type { Sentence } from '../../src/engine/rule';

function sentence(text: string): Sentence {
  return { text, folded: fold(text), lang: 'en' };
}

/** A sentence already in folded form (ASCII, lower case), mapped one to one, so only the detectors are timed. */
function plainSentence(text: string): Sentence {
  const starts = new Uint32Array(text.length);
  const ends = new Uint32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, folded: { text, starts, ends }, lang: 'en' };
}

/** The flagged substrings and their reasons, in order. */
function found(text: string): Array<[string, string]> {
  return detectIdentifiers(sentence(text)).map((h) => [text.slice(h.start, h.end), h.why]);
}

describe('Luhn (cards, SIN/NAS)', () => {
  it('accepts valid numbers', () => {
    for (const n of ['4111111111111111', '4539148803436467', '5425233430109903', '371449635398431', '046454286', '130692544']) {
      expect(luhnValid(n), n).toBe(true);
    }
  });
  it('rejects a changed digit, a swap, and non-digits', () => {
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('272918405')).toBe(false);
    expect(luhnValid('130692454')).toBe(false);
    expect(luhnValid('4111 1111 1111 1111')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
});

describe('IBAN mod 97', () => {
  it('accepts valid IBANs in any case', () => {
    for (const n of ['FR7630006000011234567890189', 'GB33BUKB20201555555555', 'CH9300762011623852957', 'DE89370400440532013000', 'fr1420041010050500013m02606']) {
      expect(ibanValid(n), n).toBe(true);
    }
  });
  it('rejects a wrong check, a wrong length for the country, and bad shapes', () => {
    expect(ibanValid('FR7630006000011234567890188')).toBe(false);
    expect(ibanValid('GB33BUKB2020155555555')).toBe(false);
    expect(ibanValid('CH93 0076 2011 6238 5295 7')).toBe(false);
    expect(ibanValid('1234567890123456')).toBe(false);
  });
});

describe('French NIR key', () => {
  it('accepts a valid key, Corsica included', () => {
    expect(nirValid('269054958815780')).toBe(true);
    expect(nirValid('184127512345640')).toBe(true);
    expect(nirValid('185052A00412356')).toBe(true);
    expect(nirValid('292032B00405517')).toBe(true);
  });
  it('rejects a wrong key or shape', () => {
    expect(nirValid('184127512345678')).toBe(false);
    expect(nirValid('385052A00412356')).toBe(false);
    expect(nirValid('1841275123456')).toBe(false);
  });
});

describe('Swiss AVS (EAN-13)', () => {
  it('checks the last digit', () => {
    expect(ean13Valid('7563047500962')).toBe(true);
    expect(avsValid('7563047500962')).toBe(true);
    expect(avsValid('7564821093715')).toBe(false);
    expect(avsValid('7573047500962')).toBe(false);
    expect(ean13Valid('400638133393')).toBe(false);
  });
});

describe('detectIdentifiers', () => {
  it('finds phones in North American, French, UK and Swiss forms', () => {
    expect(found('Call 514-555-0199 or (416) 555 0143.')).toEqual([
      ['514-555-0199', 'phone'],
      ['(416) 555 0143', 'phone'],
    ]);
    expect(found('1-800-379-6453 (8a-5p PT)')).toEqual([['1-800-379-6453', 'phone']]);
    expect(found('au 06 12 34 56 78 ou +33 (0)6 12 34 56 78')).toEqual([
      ['06 12 34 56 78', 'phone'],
      ['+33 (0)6 12 34 56 78', 'phone'],
    ]);
    expect(found('ring 07700 900123 or 0343 222 1234')).toEqual([
      ['07700 900123', 'phone'],
      ['0343 222 1234', 'phone'],
    ]);
    expect(found('Natel +41 79 555 12 34')).toEqual([['+41 79 555 12 34', 'phone']]);
  });

  it('finds short service numbers only as a number to call', () => {
    expect(found('vous avez le 3244 et notre compte')).toEqual([['3244', 'phone']]);
    expect(found('dial 8002 from your phone')).toEqual([['8002', 'phone']]);
    expect(found('le 3000 euros est parti')).toEqual([]);
    expect(found('call 911 now')).toEqual([]);
    expect(found('we filed 3244 cases')).toEqual([]);
  });

  it('leaves amounts, dates, times, versions and handles alone', () => {
    for (const t of ['15 000 CHF', '$35k', '8am-8pm', '12/04/2024', '01.02.2023 10.30', 'v 10.2.3', '@677024 hi', 'room 2.12', '1 250 000 $', '2019-2021', '272 918 405 habitants']) {
      expect(found(t), t).toEqual([]);
    }
  });

  it('validates cards with Luhn and keeps partial cards with their noun', () => {
    expect(found('card 4539 1488 0343 6467 exp 04/27')).toEqual([['4539 1488 0343 6467', 'card']]);
    expect(found('card 4539 1488 0343 6468 exp 04/27')).toEqual([]);
    expect(found('the card ending 4417 was charged')).toEqual([['card ending 4417', 'card']]);
    expect(found('Visa **** 0042')).toEqual([['**** 0042', 'card']]);
  });

  it('validates IBANs, spaced or packed, and stops at the right length', () => {
    expect(found('IBAN FR76 3000 6000 0112 3456 7890 189 merci')).toEqual([['FR76 3000 6000 0112 3456 7890 189', 'iban']]);
    expect(found('to GB33BUKB20201555555555.')).toEqual([['GB33BUKB20201555555555', 'iban']]);
    expect(found('to GB34BUKB20201555555555.')).toEqual([]);
  });

  it('finds SIN/NAS, SSN, NIR and AVS numbers', () => {
    expect(found('SIN 130 692 544 and')).toEqual([['130 692 544', 'national_id']]);
    expect(found('mon NAS est 046454286')).toEqual([['046454286', 'national_id']]);
    expect(found('SSN 219-09-9999')).toEqual([['219-09-9999', 'national_id']]);
    expect(found('sécu 2 69 05 49 588 157 80')).toEqual([['2 69 05 49 588 157 80', 'national_id']]);
    expect(found('AVS 756.3047.5009.62')).toEqual([['756.3047.5009.62', 'national_id']]);
    expect(found('code 7563047500962 ok')).toEqual([['7563047500962', 'national_id']]);
  });

  it('finds references only with a code next to the noun', () => {
    expect(found('booking ZX41P')).toEqual([['booking ZX41P', 'reference']]);
    expect(found('ticket number 1-D8RX5QX')).toEqual([['ticket number 1-D8RX5QX', 'reference']]);
    expect(found("votre numéro de dossier c'est 7731-A")).toEqual([["numéro de dossier c'est 7731-A", 'reference']]);
    expect(found('Record locator QXMLPT')).toEqual([['Record locator QXMLPT', 'reference']]);
    expect(found('passport number AB1234567')).toEqual([['passport number AB1234567', 'national_id']]);
    for (const t of ['DM us your booking reference 2 check', 'order of 3 tacos', 'in case 2019 happens', 'your order number and 4th item', 'BOOKING REF PLEASE', 'le dossier du 12/04/2024']) {
      expect(found(t), t).toEqual([]);
    }
  });

  it('finds e-mails and addresses', () => {
    expect(found('write to jane.k@outlook.com.')).toEqual([['jane.k@outlook.com', 'email']]);
    expect(found('a@b and x@y. are not')).toEqual([]);
    expect(found('au 27 rue Lajoie, merci')).toEqual([['27 rue Lajoie', 'address']]);
    expect(found('88, avenue des Pins Ouest, Montréal H2W 1R3.')).toEqual([['88, avenue des Pins Ouest, Montréal H2W 1R3', 'address']]);
    expect(found('at 221B Baker Street, London NW1 6XE.')).toEqual([['221B Baker Street, London NW1 6XE', 'address']]);
    expect(found('on the 4th floor')).toEqual([]);
    expect(found('il reste 1 place de libre')).toEqual([]);
    expect(found("it's a 2 way street")).toEqual([]);
  });

  it('stays linear and bounded on 100 000-char hostile input', () => {
    const units = ['1', '1 ', '(1) ', '+33 6 12 ', 'a@', 'a.', 'fr76 ', '12 rue ', 'booking ab12 ', 'le 3244 ', '-', '*', '4970 1012 ', 'ab12 '];
    // Best of three, so a busy machine does not fail the test; linear work grows ~10x from 10k to 100k chars.
    const best = (text: string): number => {
      const s = plainSentence(text);
      let min = Infinity;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        const hits = detectIdentifiers(s);
        min = Math.min(min, performance.now() - t);
        expect(hits.length).toBeLessThanOrEqual(MAX_CLAIMS);
      }
      return min;
    };
    for (const unit of units) {
      const small = best(unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000));
      const large = best(unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000));
      expect(large, unit).toBeLessThan(30 * small + 100);
    }
  });
});
