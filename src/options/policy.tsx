/**
 * The organisation's policy on the options page: what is in force and where
 * it came from, its warnings and the last error; importing a policy file by
 * hand (checked before it is stored), removing it, and exporting the policy
 * in force. Policy text (paths, messages, names) is always rendered as text.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../engine/types';
import type { Effective } from '../policy/precedence';
import type { Policy, PolicyProblem } from '../policy/schema';
import type { PolicyState } from '../policy/state';
import { Problems } from './controls';
import { exportPolicy, EXPORT_FILE_NAME } from './export';
import { checkImport, type ImportCheck, type TextProblem } from './import';
import { downloadJson, removeImportedPolicy, storeImportedPolicy } from './io';
import { formatTime, type OptionsStrings } from './strings';

interface StatusProps {
  state: PolicyState;
  lang: Lang;
  s: OptionsStrings;
}

export function PolicyStatus({ state, lang, s }: StatusProps) {
  const when = (ms: number) => formatTime(ms, lang, navigator.language);
  return (
    <section aria-labelledby="policy-title" class="policy-status">
      <h2 id="policy-title">{s.policyTitle}</h2>
      {state.policy === null ? (
        <p data-testid="policy-summary">{s.policyNone}</p>
      ) : (
        <>
          <p data-testid="policy-summary">{s.policyInForce}</p>
          <dl class="facts">
            {state.source !== null && (
              <div>
                <dt>{s.policySourceLabel}</dt>
                <dd data-testid="policy-source" data-source={state.source}>
                  {s.policySource[state.source]}
                </dd>
              </div>
            )}
            {state.appliedAt !== null && (
              <div>
                <dt>{s.appliedLabel}</dt>
                <dd>
                  <time dateTime={new Date(state.appliedAt).toISOString()}>{when(state.appliedAt)}</time>
                </dd>
              </div>
            )}
          </dl>
        </>
      )}
      {state.policy !== null && state.warnings.length > 0 && (
        <div class="notice notice-warning">
          <h3>{s.policyWarnings}</h3>
          <p>{s.policyWarningsIntro}</p>
          <Problems problems={state.warnings} s={s} kind="warning" />
        </div>
      )}
      {state.error !== null && (
        <div class="notice notice-error" data-testid="policy-error">
          <h3>{s.errorTitle}</h3>
          <dl class="facts">
            <div>
              <dt>{s.errorWhen}</dt>
              <dd>
                <time dateTime={new Date(state.error.at).toISOString()}>{when(state.error.at)}</time>
              </dd>
            </div>
            <div>
              <dt>{s.errorSource}</dt>
              <dd>{s.policySource[state.error.source] ?? state.error.source}</dd>
            </div>
          </dl>
          <Problems problems={state.error.problems} s={s} kind="error" />
          <p>{state.policy !== null ? s.errorKept : s.errorNoPolicy}</p>
        </div>
      )}
    </section>
  );
}

type ImportState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'refused'; check: ImportCheck }
  | { phase: 'stored'; at: number; policy: Policy; warnings: PolicyProblem[] }
  | { phase: 'failed'; reason: string }
  | { phase: 'removed' };

function textProblemMessage(p: TextProblem, s: OptionsStrings): string {
  switch (p.kind) {
    case 'empty':
      return s.importEmpty;
    case 'too-large':
      return s.importTooLarge(p.max);
    case 'syntax':
      return s.importSyntax(p.line, p.column, p.detail);
  }
}

/**
 * What became of a stored import, as far as the policy state the background
 * published says. The same policy imported again keeps its first application
 * time, so "applied" is also recognised by the policy itself.
 */
function storedMessage(stored: { at: number; policy: Policy }, state: PolicyState, s: OptionsStrings): string {
  if (state.source === 'managed') return s.importManagedWins;
  if (state.error !== null && state.error.source === 'imported' && state.error.at >= stored.at) return s.importRejected;
  if (state.source === 'imported' && ((state.appliedAt ?? 0) >= stored.at || JSON.stringify(state.policy) === JSON.stringify(stored.policy))) return s.importApplied;
  return s.importStored;
}

interface FileProps {
  state: PolicyState;
  eff: Effective;
  hasImported: boolean;
  s: OptionsStrings;
  /** Shows a short confirmation in the page's status line. */
  announce(text: string): void;
}

export function PolicyFile({ state, eff, hasImported, s, announce }: FileProps) {
  const [result, setResult] = useState<ImportState>({ phase: 'idle' });
  const [pasted, setPasted] = useState('');

  const run = async (read: () => Promise<string>) => {
    setResult({ phase: 'checking' });
    let text: string;
    try {
      text = await read();
    } catch {
      setResult({ phase: 'failed', reason: s.importReadFailed });
      return;
    }
    // Lets "Checking…" paint: the phrase rules' examples run the engine, which takes a moment the first time.
    await new Promise((r) => setTimeout(r, 0));
    const check = checkImport(text);
    const policy = check.policy;
    if (!check.ok || policy === null) {
      setResult({ phase: 'refused', check });
      return;
    }
    const at = Date.now();
    try {
      await storeImportedPolicy(check.text);
      setResult({ phase: 'stored', at, policy, warnings: check.warnings });
    } catch (e) {
      setResult({ phase: 'failed', reason: s.saveFailed(e instanceof Error ? e.message : String(e)) });
    }
  };

  const onFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file === undefined) return;
    void run(() => file.text()).finally(() => {
      // Choosing the same file again, after fixing it, must fire a new change.
      input.value = '';
    });
  };

  const remove = () => {
    removeImportedPolicy().then(
      () => setResult({ phase: 'removed' }),
      (e: unknown) => setResult({ phase: 'failed', reason: s.saveFailed(e instanceof Error ? e.message : String(e)) }),
    );
  };

  const exportNow = () => {
    downloadJson(EXPORT_FILE_NAME, exportPolicy(eff, state.policy));
    announce(s.exported(EXPORT_FILE_NAME));
  };

  return (
    <section aria-labelledby="file-title">
      <h2 id="file-title">{s.fileTitle}</h2>
      <div class="subsection">
        <h3>{s.importTitle}</h3>
        <p class="intro">{s.importIntro}</p>
        {state.source === 'managed' && <p class="notice notice-info">{s.importManagedNote}</p>}
        <div class="setting">
          <label for="opt-import-file">{s.importFile}</label>
          <input id="opt-import-file" type="file" accept=".json,application/json" onChange={(e) => onFile(e.currentTarget)} />
        </div>
        <div class="setting">
          <label for="opt-import-text">{s.pasteLabel}</label>
          <textarea id="opt-import-text" rows={6} spellcheck={false} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
          <div>
            <button type="button" onClick={() => void run(() => Promise.resolve(pasted))}>
              {s.importPasted}
            </button>
          </div>
        </div>
        <div class="import-result" data-testid="import-result" aria-live="polite">
          <ImportResult result={result} state={state} s={s} />
        </div>
        {hasImported && (
          <div class="imported">
            <p>{s.importedStored}</p>
            <button type="button" onClick={remove}>
              {s.removeImported}
            </button>
          </div>
        )}
      </div>
      <div class="subsection">
        <h3>{s.exportTitle}</h3>
        <p class="intro">{s.exportIntro}</p>
        <button type="button" onClick={exportNow}>
          {s.exportButton}
        </button>
      </div>
    </section>
  );
}

function ImportResult({ result, state, s }: { result: ImportState; state: PolicyState; s: OptionsStrings }) {
  switch (result.phase) {
    case 'idle':
      return null;
    case 'checking':
      return <p>{s.importChecking}</p>;
    case 'failed':
      return <p class="field-error">{result.reason}</p>;
    case 'removed':
      return <p>{s.removed}</p>;
    case 'refused': {
      const { check } = result;
      return (
        <div class="notice notice-error" data-result="refused">
          {check.textProblem !== null ? (
            <p>{textProblemMessage(check.textProblem, s)}</p>
          ) : (
            <>
              <p>{s.importInvalid(check.errors.length)}</p>
              <Problems problems={check.errors} s={s} kind="error" />
            </>
          )}
        </div>
      );
    }
    case 'stored':
      return (
        <div class="notice notice-ok" data-result="stored">
          <p>{storedMessage(result, state, s)}</p>
          {result.warnings.length > 0 && (
            <>
              <h4>{s.importWarnings}</h4>
              <Problems problems={result.warnings} s={s} kind="warning" />
            </>
          )}
        </div>
      );
  }
}
