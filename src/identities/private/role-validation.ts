import { Duration, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { IamError } from '../../core';
import type { PolicyDocument } from '../../policy/policy-document';

/*
 * The checks aws-cdk-lib makes when a Role is constructed (thrown at the call), with its
 * sentences as the "what", and the role's validation at synthesis. Tokens are never rejected.
 */

const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ROLE_PATH = /^(\/|\/[\u0021-\u007F]+\/)$/;

/** Role names: 1 to 64 of `[\w+=,.@-]`. */
export function validateRoleName(scope: IConstruct, roleName: string | undefined): void {
  if (!roleName || Token.isUnresolved(roleName)) { return; }
  if (!ROLE_NAME.test(roleName)) {
    throw new IamError(scope, 'InvalidRoleName',
      `Invalid roleName '${roleName}'. The name must be a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. `
      + 'You can also include any of the following characters: _+=,.@-. Length must be between 1 and 64 characters.; choose a name that matches /^[\\w+=,.@-]{1,64}$/');
  }
}

/** Role paths: `/` or `/.../` of printable ASCII, 1 to 512 characters. */
export function validateRolePath(scope: IConstruct, path: string | undefined): void {
  if (path === undefined || Token.isUnresolved(path)) { return; }
  if (path.length === 0 || path.length > 512) {
    throw new IamError(scope, 'RolePathCharactersProvidedRole',
      `Role path must be between 1 and 512 characters. The provided role path is ${path.length} characters.; use a path such as '/app/'`);
  }
  if (!ROLE_PATH.test(path)) {
    throw new IamError(scope, 'InvalidRolePathCharacters',
      'Role path must be either a slash or valid characters (alphanumerics and symbols) surrounded by slashes. '
      + `Valid characters are unicode characters in [\\u0021-\\u007F]. However, '${path}' is provided.; use a path such as '/app/'`);
  }
}

/** Session durations: 3600 to 43200 seconds. Returns the duration in seconds (the CfnRole's `maxSessionDuration`). */
export function checkedMaxSessionDuration(scope: IConstruct, duration: Duration | undefined): number | undefined {
  const seconds = duration && duration.toSeconds();
  if (seconds === undefined || Token.isUnresolved(seconds)) { return seconds; }
  if (seconds < 3600 || seconds > 43200) {
    throw new IamError(scope, 'MaxSessionDurationSet',
      `maxSessionDuration is set to ${seconds}, but must be >= 3600sec (1hr) and <= 43200sec (12hrs); use a Duration between Duration.hours(1) and Duration.hours(12)`);
  }
  return seconds;
}

/** Descriptions: at most 1000 characters. Returns the CfnRole's `description` (undefined for an empty one). */
export function checkedRoleDescription(scope: IConstruct, given: string | undefined): string | undefined {
  const description = given && given.length > 0 ? given : undefined;
  if (description === undefined || Token.isUnresolved(description)) { return description; }
  if (description.length > 1000) {
    throw new IamError(scope, 'RoleDescriptionLongerCharacters',
      `Role description must be no longer than 1000 characters, got ${description.length}; shorten the description`);
  }
  return description;
}

/**
 * The errors of a role's documents at synthesis (`Role`'s `node.addValidation`): its trust policy
 * as a trust policy, its inline policies (from the props) as identity policies.
 */
export function validateRolePolicies(trustPolicy: PolicyDocument | undefined, inlinePolicies: { [name: string]: PolicyDocument }): string[] {
  const errors = new Array<string>();
  errors.push(...trustPolicy?.validateForTrustPolicy() ?? []);
  for (const policy of Object.values(inlinePolicies)) {
    errors.push(...policy.validateForIdentityPolicy());
  }
  return errors;
}
