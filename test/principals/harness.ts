import { App, aws_iam as cdk_iam, Stack, StackProps } from 'aws-cdk-lib';
import { PolicyDocument, PolicyStatement } from '../../src/policy';
import type { IPrincipal } from '../../src/policy';
import { addPrincipalToAssumeRole } from '../../src/principals/private/assume-role';

/*
 * Differential helpers: render a principal of this library and the aws-cdk-lib principal built the
 * same way, in the same kind of stack, and compare the resolved JSON.
 */

/** The stack environments every differential case is rendered in. */
export const ENVIRONMENTS: Array<[string, StackProps['env']]> = [
  ['environment-agnostic', undefined],
  ['us-east-1', { account: '111111111111', region: 'us-east-1' }],
  ['cn-north-1', { account: '222222222222', region: 'cn-north-1' }],
  ['af-south-1 (opt-in)', { account: '333333333333', region: 'af-south-1' }],
];

/** A fresh stack in its own app. */
export function newStack(env?: StackProps['env']): Stack {
  return new Stack(new App(), 'Stack', { env });
}

/** The resolved statement `Allow s3:GetObject on * for <principal>`, written with this library. */
export function ourStatementJson(stack: Stack, principal: IPrincipal): unknown {
  const statement = new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [principal] });
  return stack.resolve(statement.toStatementJson());
}

/** The same statement written with aws-cdk-lib. */
export function cdkStatementJson(stack: Stack, principal: cdk_iam.IPrincipal): unknown {
  const statement = new cdk_iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [principal] });
  return stack.resolve(statement.toStatementJson());
}

/** The resolved trust policy that admits `principal`, written with this library. */
export function ourTrustJson(stack: Stack, principal: IPrincipal): unknown {
  const doc = new PolicyDocument();
  addPrincipalToAssumeRole(principal, doc);
  return stack.resolve(doc);
}

/** The resolved trust policy that admits `principal`, written with aws-cdk-lib. */
export function cdkTrustJson(stack: Stack, principal: cdk_iam.IPrincipal): unknown {
  const doc = new cdk_iam.PolicyDocument();
  (principal as unknown as cdk_iam.IAssumeRolePrincipal).addToAssumeRolePolicy(doc);
  return stack.resolve(doc);
}

/** The `AssumeRolePolicyDocument` aws-cdk-lib's `Role` synthesizes for `assumedBy`. */
export function cdkRoleTrust(stack: Stack, assumedBy: cdk_iam.IPrincipal): unknown {
  const role = new cdk_iam.Role(stack, `Role${stack.node.children.length}`, { assumedBy });
  return stack.resolve((role.node.defaultChild as cdk_iam.CfnRole).assumeRolePolicyDocument);
}
