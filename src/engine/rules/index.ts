import type { Rule } from '../rule';
import { legalAdvice } from './legal-advice';
import { caseStrategy } from './case-strategy';
import { noMandate } from './no-mandate';
import { bindingCommitment } from './binding-commitment';
import { liabilityAdmission } from './liability-admission';
import { personalData } from './personal-data';
import { hostileTone } from './hostile-tone';

/** Every built-in rule, in the order the catalogue lists them. */
export const RULES: readonly Rule[] = [legalAdvice, caseStrategy, noMandate, bindingCommitment, liabilityAdmission, personalData, hostileTone];

export const RULES_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));
