/** The small round button in the compose box's bottom-right corner. */
import type { Ref } from 'preact';
import type { Lang } from '../engine/types';
import { t } from './strings';
import type { Anchor, BadgeState } from './types';

export const BADGE_SIZE = 26;
/** Gap between the badge and the compose box's edges. */
const INSET = 6;
export const PANEL_ID = 'prudence-panel';

export interface BadgeProps {
  anchor: Anchor;
  state: BadgeState;
  count: number;
  expanded: boolean;
  lang: Lang;
  onToggle(): void;
  buttonRef?: Ref<HTMLButtonElement>;
}

export function CheckIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3 8.5l3.2 3L13 4.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

function Face({ state, count }: { state: BadgeState; count: number }) {
  switch (state) {
    case 'idle':
      return <span class="badge__dot" aria-hidden="true" />;
    case 'clean':
      return <CheckIcon />;
    case 'error':
      return <span aria-hidden="true">!</span>;
    case 'warn':
    case 'block':
      return <span aria-hidden="true">{count > 9 ? '9+' : String(count)}</span>;
  }
}

export function Badge({ anchor, state, count, expanded, lang, onToggle, buttonRef }: BadgeProps) {
  const label = t(lang).badgeLabel(state, count, expanded);
  // Inside the box, bottom-right; a box shorter than the badge gets it centred vertically.
  const top = anchor.top + Math.max(anchor.height - BADGE_SIZE - INSET, (anchor.height - BADGE_SIZE) / 2);
  const left = anchor.left + anchor.width - BADGE_SIZE - INSET;
  return (
    <button
      ref={buttonRef}
      type="button"
      class={`layer badge badge--${state}`}
      style={{ top: `${Math.round(top)}px`, left: `${Math.round(left)}px` }}
      aria-label={label}
      title={label}
      aria-expanded={expanded ? 'true' : 'false'}
      aria-controls={expanded ? PANEL_ID : undefined}
      data-state={state}
      onClick={() => onToggle()}
    >
      <Face state={state} count={count} />
    </button>
  );
}
