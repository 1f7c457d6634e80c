// The guard on the instagram playground page (see playground/README.md).
import { CASES } from './cases';
import { guardSuite } from './scenarios';

guardSuite(CASES['instagram']);
