import { SITE_MATCHES } from '../src/sites/matches';
import { startGuard } from '../src/guard/main';

// One content script for every supported site: the engine ships once. It
// starts at document_start so that its send interception is the first capture
// listener on the window, ahead of the page's own.
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    const guard = startGuard();
    ctx.onInvalidated(() => guard.stop());
  },
});
