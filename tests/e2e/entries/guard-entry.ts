/** What tests/e2e/fail-mode.spec.ts loads into a bare page: the guard itself, without the extension around it. */
export { Supervisor } from '../../../src/guard/supervisor';
export { configFrom, DEFAULT_SETTINGS } from '../../../src/guard/settings';
export { createGuardUi } from '../../../src/ui/mount';
