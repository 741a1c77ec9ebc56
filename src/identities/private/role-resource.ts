import type { ArnComponents, aws_iam as cdk_iam } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { IamError } from '../../core';
import type { PolicyDocument } from '../../policy/policy-document';

/*
 * `Role`'s CfnRole (src/identities/role.ts): the inline policies it is given, and what `roleArn`,
 * `roleName` and `roleId` read from it.
 */

/** The props' inline policies as the CfnRole's `policies` (undefined when there are none). */
export function flattenInlinePolicies(policies: { [name: string]: PolicyDocument }): cdk_iam.CfnRole.PolicyProperty[] | undefined {
  const names = Object.keys(policies);
  if (names.length === 0) { return undefined; }
  return names.map(policyName => ({ policyName, policyDocument: policies[policyName] }));
}

/** Why an attribute cannot be read from a role without a CfnRole: [code, message]. */
const NO_RESOURCE = {
  roleArn: ['CannotAccessRoleArnSynthesis', 'Cannot access roleArn when synthesis is prevented; give the role a precreated role name in Role.customizeRoles'],
  roleName: ['CannotAccessRoleNameSynthesis', 'Cannot access roleName when synthesis is prevented; give the role a precreated role name in Role.customizeRoles'],
  roleId: ['RoleidAvailablePrecreatedRoles', '"roleId" is not available on precreated roles; use roleArn or roleName'],
};

/**
 * The role's CfnRole, to read `attribute` from. Throws when there is none: `Role.customizeRoles`
 * prevents synthesis (`roleArn` and `roleName` are then read from the precreated role, if any).
 */
export function synthesizedRoleResource(
  role: IConstruct, resource: cdk_iam.CfnRole | undefined, attribute: keyof typeof NO_RESOURCE,
): cdk_iam.CfnRole {
  if (!resource) {
    const [code, message] = NO_RESOURCE[attribute];
    throw new IamError(role, code, message);
  }
  return resource;
}

/** The ARN of a role (as `getResourceArnAttribute` formats it for another environment): path without its leading slash, then name. */
export function roleArnComponents(path: string | undefined, physicalName: string): ArnComponents {
  const prefix = path ? path.substr(path.charAt(0) === '/' ? 1 : 0) : '';
  return {
    region: '',
    service: 'iam',
    resource: 'role',
    resourceName: `${prefix}${physicalName}`,
  };
}
