import { Token } from 'aws-cdk-lib';
import { IamError, formatIamMessage } from '../../core';

/*
 * The checks behind PolicyStatement.validateFor*Policy(). Each returns messages in the one
 * format (`[Code] what; fix`), keeping aws-cdk-lib's sentence as the "what".
 */

/** The counts and Sid a statement check needs. */
export interface StatementShape {
  readonly actions: number;
  readonly notActions: number;
  readonly resources: number;
  readonly notResources: number;
  readonly principals: number;
  readonly notPrincipals: number;
  readonly sid?: string;
}

/** Checks that hold for every policy. */
export function validateAnyPolicy(s: StatementShape): string[] {
  const errors = new Array<string>();
  if (!passesAnyPolicy(s.actions, s.notActions)) {
    errors.push(formatIamMessage('MissingAction',
      "A PolicyStatement must specify at least one 'action' or 'notAction'; add one with addActions() or addNotActions()"));
  }
  return errors;
}

/**
 * Whether a statement with these counts passes `validateAnyPolicy` (its only rule: keep the two in
 * step), without a shape object and an error list (checked for every grant statement a role takes
 * from aws-cdk-lib, see PolicyStatement._fromForeign).
 */
export function passesAnyPolicy(actions: number, notActions: number): boolean {
  return actions + notActions !== 0;
}

/** Checks for a resource-based policy (e.g. a bucket policy). */
export function validateResourcePolicy(s: StatementShape, skipResourceValidation: boolean): string[] {
  const errors = validateAnyPolicy(s);
  if (s.principals + s.notPrincipals === 0) {
    errors.push(formatIamMessage('MissingPrincipal',
      'A PolicyStatement used in a resource-based policy must specify at least one IAM principal; add one with addPrincipals()'));
  }
  if (!skipResourceValidation && s.resources + s.notResources === 0) {
    errors.push(formatIamMessage('MissingResource',
      'A PolicyStatement used in a resource-based policy must specify at least one resource; add one with addResources()'));
  }
  return errors;
}

/** Checks for a role's trust (assume-role) policy. */
export function validateTrustPolicy(s: StatementShape): string[] {
  const errors = validateAnyPolicy(s);
  if (s.principals + s.notPrincipals === 0) {
    errors.push(formatIamMessage('MissingPrincipal',
      'A PolicyStatement used in a trust policy must specify at least one IAM principal; add one with addPrincipals()'));
  }
  return errors;
}

/** Checks for an identity-based policy (attached to a role, user or group). */
export function validateIdentityPolicy(s: StatementShape): string[] {
  const errors = validateAnyPolicy(s);
  if (s.principals + s.notPrincipals > 0) {
    errors.push(formatIamMessage('PrincipalInIdentityPolicy',
      'A PolicyStatement used in an identity-based policy cannot specify any IAM principals; remove the principals, ' +
      'or add the statement to a resource-based policy instead'));
  }
  if (s.resources + s.notResources === 0) {
    errors.push(formatIamMessage('MissingResource',
      "A PolicyStatement used in an identity-based policy must specify at least one resource; add one with addResources(), or addAllResources() for '*'"));
  }
  if (s.sid !== undefined && !Token.isUnresolved(s.sid) && !/^[0-9A-Za-z]*$/.test(s.sid)) {
    errors.push(formatIamMessage('InvalidSid',
      `Statement ID (sid) '${s.sid}' must be alphanumeric (A-Z, a-z, 0-9) when used in an identity-based policy; ` +
      'remove the other characters. See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html'));
  }
  return errors;
}

/**
 * `statement`, or the `[IncorrectPolicyStatement]` error of `PolicyStatement.fromJson` when it is
 * not valid for any policy.
 */
export function validForAnyPolicy<T extends { validateForAnyPolicy(): string[] }>(statement: T): T {
  const errors = statement.validateForAnyPolicy();
  if (errors.length > 0) {
    throw new IamError(undefined, 'IncorrectPolicyStatement',
      `Incorrect Policy Statement: ${errors.map((e) => e.replace(/^\[\w+\] /, '').split(';')[0]).join('\n')}; ` +
      'add an "Action" or "NotAction" element');
  }
  return statement;
}
