/**
 * What tests/e2e/conversation.spec.ts loads into a bare page: the
 * conversation reader, its formats and saveFile, with the site adapters to
 * find the compose box the way the guard does.
 */
export { captureConversation } from '../../../src/conversation/extract';
export { fileName, MIME, toHtml, toText } from '../../../src/conversation/format';
export { saveFile } from '../../../src/conversation/save';
export { adapterFor } from '../../../src/sites';
