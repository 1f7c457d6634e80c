/** What the UI's end-to-end tests load into a bare page (tests/e2e/ui.spec.ts); not part of the extension. */
export { createGuardUi, renderForAudit } from './mount';
export { findingName, ruleName } from './strings';
