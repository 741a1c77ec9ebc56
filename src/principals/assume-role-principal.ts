import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import type { PolicyDocument } from '../policy/policy-document';
import type { IPrincipal } from '../policy/principal';

/**
 * A type of principal that has more control over its own representation in AssumeRolePolicyDocuments.
 *
 * More complex types of identity providers need more control over Role's policy documents
 * than simply `{ Effect: 'Allow', Action: 'AssumeRole', Principal: <Whatever> }`.
 *
 * If that control is necessary, they can implement `IAssumeRolePrincipal` to get full
 * access to a Role's AssumeRolePolicyDocument.
 */
export interface IAssumeRolePrincipal extends IPrincipal {
  /**
   * Add the principal to the AssumeRolePolicyDocument.
   *
   * Add the statements to the AssumeRolePolicyDocument necessary to give this principal
   * permissions to assume the given role. Accepts this library's documents and aws-cdk-lib's
   * (an aws-cdk-lib `Role` hands its own trust document to the principal), and adds statements
   * of the document's own kind.
   *
   * @param document the trust policy document of the role
   */
  addToAssumeRolePolicy(document: PolicyDocument | cdk_iam.PolicyDocument): void;
}
