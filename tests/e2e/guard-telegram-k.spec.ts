// The guard on the telegram-k playground page (see playground/README.md).
import { CASES } from './cases';
import { guardSuite } from './scenarios';

guardSuite(CASES['telegram-k']);
