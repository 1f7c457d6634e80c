import type { RuleFixture } from './rule';

/** Valid drafts (the rule must stay silent) and invalid ones (it must flag exactly `flagged`). */
export interface RuleFixtures {
  valid: RuleFixture[];
  invalid: RuleFixture[];
}
