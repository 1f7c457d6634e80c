/**
 * Phrase lists are data. A lexicon is one language and one topic; each entry
 * is a pattern written against folded text (lower case, no accents, ASCII
 * quotes, single spaces: see normalize.ts), with `{macro}` references to the
 * shared word classes of its language.
 *
 * Pattern syntax is JavaScript regular-expression syntax with three limits,
 * checked when the lexicon is compiled: no capturing groups (write `(?:...)`),
 * no back-references, and no nested unbounded quantifiers. A literal space
 * stands for one space.
 */
import type { Lang } from '../types';

export interface LexiconEntry {
  /** The pattern. */
  re: string;
  /** Key of the rule's `why` message this entry stands for. */
  why: string;
  /** Why the entry exists, or what it must not catch. */
  note?: string;
  /** Where the wording comes from, when it is not the rule book. */
  source?: string;
}

export interface Lexicon {
  lang: Lang;
  topic: string;
  /** Patterns that raise the rule. */
  entries: LexiconEntry[];
  /**
   * Patterns that, anywhere in the same sentence, cancel this lexicon's hits:
   * deflections ("not by text"), refusals, questions back to the client.
   */
  unless?: Array<{ re: string; note?: string }>;
  /** Macros local to this lexicon; they may use the language's shared macros. */
  macros?: Record<string, string>;
}
