/**
 * French or English? Scores function words and texting forms of each
 * language, plus French diacritics. Built for the two languages Prudence
 * speaks and for very short texts; see the README for how it compares with
 * general-purpose detectors on the corpora.
 */
import type { Lang } from './types';

const EN = new Set(
  (
    "the a an and or but of to in on at for with from by is are was were be been being am do does did " +
    "you your yours u ur i me my we our us it its this that these those he she they them his her their " +
    "have has had will would can could should shall may might must not no yes if then so as just " +
    "what when where why how who which there here about after before into over than too very " +
    "please thanks thank pls plz thx hi hey hello sorry okay ok sure get got go going want need know " +
    "don't can't won't i'm it's that's you're we're i'll we'll let's dont cant wont im youre lol omg tomorrow today"
  ).split(' '),
);

const FR = new Set(
  (
    "le la les un une des du de d' et ou mais donc car ni que qui quoi dont ou est sont etait ete etre " +
    "suis es sommes etes ai as avons avez ont vous votre vos tu te toi ton ta tes je j' me moi mon ma mes " +
    "nous notre nos il elle ils elles on lui leur leurs ce cet cette ces c'est ca cela ceci y en au aux " +
    "avec pour par sur sous dans chez sans entre vers pas ne n' plus tres bien oui non merci bonjour " +
    "bonsoir salut svp stp slt bcp tkt pcq mdr dsl jsp pk pkoi qd ds ke koi bon aussi deja encore " +
    "demain aujourd'hui comme si alors quand peut faut fait faire avoir etre va vais vas allez"
  ).split(' '),
);

const WORD = /[a-z']+/g;
const FR_MARKS = /[éèêëàâçùûîïôœ]/gi;
const FR_ELISION = /\b(?:[cdjlmnst]|qu)'[a-z]/g;

/** Positive for French, negative for English; 0 when nothing tells. */
export function langScore(folded: string, original: string): number {
  let score = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded)) !== null) {
    const w = m[0];
    const fr = FR.has(w);
    const en = EN.has(w);
    if (fr && !en) score += 1;
    else if (en && !fr) score -= 1;
  }
  const marks = original.match(FR_MARKS);
  if (marks) score += Math.min(marks.length, 4) * 0.75;
  const elisions = folded.match(FR_ELISION);
  if (elisions) score += elisions.length * 0.5;
  return score;
}

export function langOf(score: number, fallback: Lang): Lang {
  if (score > 0) return 'fr';
  if (score < 0) return 'en';
  return fallback;
}
