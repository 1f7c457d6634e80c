import type { Lang } from '../types';
import { EN_MACROS } from './en/common';
import { FR_MACROS } from './fr/common';

/** Shared word classes, by language. */
export const MACROS: Record<Lang, Record<string, string>> = { en: EN_MACROS, fr: FR_MACROS };
