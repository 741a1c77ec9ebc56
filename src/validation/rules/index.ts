import type { Rule } from '../rule';
import { arnShape } from './arn-shape';
import { conditionOperatorTypeMismatch } from './condition-operator-type';
import { conditionSetOperatorMisuse } from './condition-set-operator';
import { duplicateSid } from './duplicate-sid';
import { entityLimits } from './entity-limits';
import { invalidResource } from './invalid-resource';
import { malformedAction } from './malformed-action';
import { managedPolicyQuota } from './managed-policy-quota';
import { notActionWithAllow } from './not-action-with-allow';
import { notPrincipalWithAllow } from './not-principal-with-allow';
import { nullConditionValue } from './null-condition-value';
import { passRoleWildcard } from './pass-role-wildcard';
import { policySize } from './policy-size';
import { policySizeMayExceed } from './policy-size-may-exceed';
import { publicPrincipalWithoutCondition } from './public-principal';
import { redundantEntry } from './redundant-entry';
import { resourceTypeMismatch } from './resource-type-mismatch';
import { statementStructure } from './statement-structure';
import { tooManyManagedPolicies } from './too-many-managed-policies';
import { unknownAction } from './unknown-action';
import { unknownConditionKey } from './unknown-condition-key';
import { unknownConditionOperator } from './unknown-condition-operator';
import { unknownService } from './unknown-service';
import { wildcardActionMatchesNothing } from './wildcard-action-matches-nothing';

/** Every rule, in report order. */
export const ALL_RULES: Rule[] = [
  statementStructure,
  malformedAction,
  invalidResource,
  duplicateSid,
  unknownConditionOperator,
  policySize,
  tooManyManagedPolicies,
  entityLimits,
  unknownService,
  unknownAction,
  wildcardActionMatchesNothing,
  arnShape,
  resourceTypeMismatch,
  unknownConditionKey,
  conditionOperatorTypeMismatch,
  conditionSetOperatorMisuse,
  nullConditionValue,
  passRoleWildcard,
  notActionWithAllow,
  notPrincipalWithAllow,
  publicPrincipalWithoutCondition,
  policySizeMayExceed,
  managedPolicyQuota,
  redundantEntry,
];

/** The rule with this id. */
export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
