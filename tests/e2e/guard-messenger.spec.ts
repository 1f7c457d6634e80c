// The guard on the messenger playground page (see playground/README.md).
import { CASES } from './cases';
import { guardSuite } from './scenarios';

guardSuite(CASES['messenger']);
