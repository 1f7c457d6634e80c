// The background will hold the policy reader, storage and journal (see the
// policy and journal issues). For now it only answers that it is alive.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === 'prudence:ping') {
      return Promise.resolve({ ok: true });
    }
    return undefined;
  });
});
