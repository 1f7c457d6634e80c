/**
 * Built-in replies: courteous drafts that move the subject to a call, a
 * meeting or (social care) a private message and the right team. Every one of
 * them must pass the engine clean (tests/unit/templates.test.ts).
 *
 * Placeholders: {name} (the recipient's first name), {firm}, {phone},
 * {bookingLink}. The UI fills them; an unknown placeholder is left as typed.
 */
import type { Lang, Profile } from './types';

export interface Template {
  id: string;
  /** Profiles the reply suits. */
  profiles: readonly Profile[];
  text: Record<Lang, string>;
}

export const PLACEHOLDERS = ['name', 'firm', 'phone', 'bookingLink'] as const;

const LAWYER: readonly Profile[] = ['lawyer'];
const CARE: readonly Profile[] = ['social-care'];

export const TEMPLATES: readonly Template[] = [
  // Filled in with the engine's rules; see the README for the list.
];

export const TEMPLATES_BY_ID = new Map(TEMPLATES.map((t) => [t.id, t]));

/** The template ids of `ids` that suit `profile`, in the given order. */
export function templatesFor(ids: readonly string[], profile: Profile): string[] {
  return ids.filter((id) => TEMPLATES_BY_ID.get(id)?.profiles.includes(profile) ?? false);
}

/** The reply text in a language, placeholders filled where a value is given. */
export function renderTemplate(id: string, lang: Lang, values: Partial<Record<(typeof PLACEHOLDERS)[number], string>> = {}): string | undefined {
  const t = TEMPLATES_BY_ID.get(id);
  if (t === undefined) return undefined;
  return t.text[lang].replace(/\{(\w+)\}/g, (all, k: string) => {
    const v = (values as Record<string, string | undefined>)[k];
    return v === undefined || v === '' ? all : v;
  });
}

export { LAWYER, CARE };
