// The guard on the whatsapp playground page (see playground/README.md).
import { CASES } from './cases';
import { guardSuite } from './scenarios';

guardSuite(CASES['whatsapp']);
