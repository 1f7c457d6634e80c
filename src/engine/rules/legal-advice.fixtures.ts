import type { RuleFixtures } from '../fixtures';

export const fixtures: RuleFixtures = {
  valid: [],
  invalid: [],
};
