/**
 * The pieces every setting is built from: where its value comes from, a
 * reset button, a validated text field, and a list of problems by JSON path.
 * Every value is a text child: nothing from storage or a policy is markup.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PolicyProblem } from '../policy/schema';
import type { Row } from './model';
import type { OptionsStrings } from './strings';
import type { Checked, FieldError } from './validate';

/** "Set by your organisation" / "Your setting" / "Default". A locked setting is the organisation's even at its default value. */
export function SourceTag({ row, s, id }: { row: Row<unknown>; s: OptionsStrings; id?: string }) {
  const kind = row.fixed ? 'organisation' : row.source;
  return (
    <span class={`source source-${kind}`} id={id} data-source={kind}>
      {s.source[kind]}
    </span>
  );
}

/** The source, and a way back to the default when the value is the user's own. */
export function Meta({ row, s, name, id, onReset }: { row: Row<unknown>; s: OptionsStrings; name: string; id?: string; onReset?: () => void }) {
  return (
    <span class="meta">
      <SourceTag row={row} s={s} id={id} />
      {onReset !== undefined && row.source === 'user' && !row.fixed && (
        <button type="button" class="link" aria-label={s.resetLabel(name)} onClick={onReset}>
          {s.reset}
        </button>
      )}
    </span>
  );
}

export function errorText(error: FieldError, s: OptionsStrings): string {
  switch (error.kind) {
    case 'whole-number':
      return s.wholeNumber(error.min, error.max);
    case 'too-long':
      return s.tooLong(error.max);
    case 'web-address':
      return s.webAddress;
  }
}

interface TextFieldProps<T> {
  id: string;
  label: string;
  hint?: string;
  /** The value in force, as text. */
  value: string;
  row: Row<unknown>;
  s: OptionsStrings;
  inputMode?: 'numeric' | 'tel' | 'url' | 'text';
  check(text: string): Checked<T>;
  save(value: T): void;
  onReset?: () => void;
}

/**
 * A text setting saved when the user commits it (Enter, or leaving the field).
 * An invalid entry stays in the field with the reason next to it, and nothing
 * is stored.
 */
export function TextField<T>({ id, label, hint, value, row, s, inputMode = 'text', check, save, onReset }: TextFieldProps<T>) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<FieldError | null>(null);
  // A new value in force (saved here, in another tab, or by a policy) replaces the draft.
  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);

  const commit = (text: string) => {
    const r = check(text);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    save(r.value);
  };
  const describedBy = [hint !== undefined ? `${id}-hint` : null, error !== null ? `${id}-error` : null, `${id}-source`].filter((x) => x !== null).join(' ');
  return (
    <div class="setting">
      <div class="setting-line">
        <label for={id}>{label}</label>
        <Meta row={row} s={s} name={label} id={`${id}-source`} onReset={onReset} />
      </div>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={draft}
        disabled={row.fixed}
        aria-invalid={error !== null ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      {hint !== undefined && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error !== null && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {errorText(error, s)}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  hint?: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  row: Row<unknown>;
  s: OptionsStrings;
  onSelect(value: V): void;
  onReset?: () => void;
}

export function SelectField<V extends string>({ id, label, hint, value, options, row, s, onSelect, onReset }: SelectFieldProps<V>) {
  return (
    <div class="setting">
      <div class="setting-line">
        <label for={id}>{label}</label>
        <Meta row={row} s={s} name={label} id={`${id}-source`} onReset={onReset} />
      </div>
      <select
        id={id}
        value={value}
        disabled={row.fixed}
        aria-describedby={hint !== undefined ? `${id}-hint ${id}-source` : `${id}-source`}
        onChange={(e) => onSelect(e.currentTarget.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint !== undefined && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

interface CheckFieldProps {
  id: string;
  label: ComponentChildren;
  /** The label as text, for the reset button's name. */
  name: string;
  checked: boolean;
  row: Row<unknown>;
  s: OptionsStrings;
  onToggle(checked: boolean): void;
  onReset?: () => void;
}

export function CheckField({ id, label, name, checked, row, s, onToggle, onReset }: CheckFieldProps) {
  return (
    <div class="setting setting-check">
      <input id={id} type="checkbox" checked={checked} disabled={row.fixed} aria-describedby={`${id}-source`} onChange={(e) => onToggle(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
      <Meta row={row} s={s} name={name} id={`${id}-source`} onReset={onReset} />
    </div>
  );
}

/** Problems of a policy, each with its JSON path. */
export function Problems({ problems, s, kind }: { problems: readonly PolicyProblem[]; s: OptionsStrings; kind: 'error' | 'warning' }) {
  return (
    <ul class={`problems problems-${kind}`}>
      {problems.map((p, i) => (
        <li key={`${i}:${p.path}`}>
          <span class="visually-hidden">{s.at} </span>
          <code class="path">{p.path}</code>
          {s.pathSeparator}
          <span class="problem-message">{p.message}</span>
        </li>
      ))}
    </ul>
  );
}
