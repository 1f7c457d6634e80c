/**
 * Checks of what the user types, before anything is stored. The limits come
 * from the schemas themselves (settings.ts for the pause, the policy schema
 * for the placeholders), so a value the page accepts is one a policy file and
 * the guard accept too.
 */
import { policySchema } from '../policy/schema';
import type { PlaceholderKey } from './strings';

export type FieldError = { kind: 'whole-number'; min: number; max: number } | { kind: 'too-long'; max: number } | { kind: 'web-address' };

export type Checked<T> = { ok: true; value: T } | { ok: false; error: FieldError };

/** guardSettingsSchema's debounceMs bounds. */
export const DEBOUNCE_MIN = 0;
export const DEBOUNCE_MAX = 2000;

/** A pause in milliseconds: a whole number within the bounds, nothing else (no "60ms", no "1e3"). */
export function checkDebounce(text: string): Checked<number> {
  const t = text.trim();
  const n = /^\d{1,9}$/.test(t) ? Number(t) : NaN;
  if (!Number.isInteger(n) || n < DEBOUNCE_MIN || n > DEBOUNCE_MAX) return { ok: false, error: { kind: 'whole-number', min: DEBOUNCE_MIN, max: DEBOUNCE_MAX } };
  return { ok: true, value: n };
}

const placeholderShape = policySchema.shape.placeholders.unwrap().shape;

/** The longest value a policy accepts for each placeholder. */
export const PLACEHOLDER_MAX: Record<PlaceholderKey, number> = {
  firm: placeholderShape.firm.unwrap().maxLength ?? 200,
  phone: placeholderShape.phone.unwrap().maxLength ?? 40,
  bookingLink: placeholderShape.bookingLink.unwrap().maxLength ?? 500,
};

/** A placeholder's value, trimmed; empty means "not set" (undefined). */
export function checkPlaceholder(key: PlaceholderKey, text: string): Checked<string | undefined> {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (t.length > PLACEHOLDER_MAX[key]) return { ok: false, error: { kind: 'too-long', max: PLACEHOLDER_MAX[key] } };
  if (key === 'bookingLink' && !isWebAddress(t)) return { ok: false, error: { kind: 'web-address' } };
  return { ok: true, value: t };
}

function isWebAddress(t: string): boolean {
  try {
    const u = new URL(t);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
}
