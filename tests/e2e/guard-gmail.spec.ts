// The guard on the gmail playground page (see playground/README.md).
import { CASES } from './cases';
import { guardSuite } from './scenarios';

guardSuite(CASES['gmail']);
