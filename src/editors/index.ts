/**
 * Editor access by family: read the draft, map its offsets to the page,
 * write through the editor's own input path.
 */
import type { EditorFamily } from '../sites/types';
import { contenteditable } from './contenteditable';
import { draft } from './draft';
import { lexical } from './lexical';
import { quill } from './quill';
import { textarea } from './textarea';
import type { EditorAccess } from './types';

export type { EditorAccess, WriteResult } from './types';
export { buildTextModel, rangeOf, readText, rectsOf, type TextModel } from './text-model';

const ACCESS: Record<EditorFamily, EditorAccess> = { lexical, draft, quill, contenteditable, textarea };

export function editorFor(family: EditorFamily): EditorAccess {
  return ACCESS[family];
}
