import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { Annotations, Stack } from 'aws-cdk-lib';
import { DependencyGroup, IConstruct } from 'constructs';
import { IamError } from '../core/errors';
import type { PolicyStatement } from '../policy/policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../policy/principal';
import type { PrincipalPolicyFragment } from '../policy/principal-policy-fragment';

/**
 * Properties for an UnknownPrincipal.
 */
export interface UnknownPrincipalProps {
  /**
   * The resource the role proxy is for.
   */
  readonly resource: IConstruct;
}

/**
 * A principal for use in resources that need to have a role but it's unknown.
 *
 * Some resources have roles associated with them which they assume, such as
 * Lambda Functions, CodeBuild projects, StepFunctions machines, etc.
 *
 * When those resources are imported, their actual roles are not always
 * imported with them. When that happens, we use an instance of this class
 * instead, which will add user warnings when statements are attempted to be
 * added to it.
 *
 * @example
 * declare const importedFunction: Construct;
 * const principal = new UnknownPrincipal({ resource: importedFunction });
 */
export class UnknownPrincipal implements IPrincipal {
  /**
   * When this Principal is used in an AssumeRole policy, the action to use.
   */
  public readonly assumeRoleAction: string = 'sts:AssumeRole';

  /**
   * The principal to grant permissions to: the principal itself.
   */
  public readonly grantPrincipal: IPrincipal;

  private readonly resource: IConstruct;

  /**
   * @param props the resource whose role is unknown
   */
  constructor(props: UnknownPrincipalProps) {
    this.resource = props.resource;
    this.grantPrincipal = this;
  }

  /**
   * Not available: the role is unknown, so the principal cannot be written into a policy
   * (neither a resource policy nor a trust policy).
   *
   * Throws `[UnknownPrincipalPolicyFragment]`.
   */
  public get policyFragment(): PrincipalPolicyFragment {
    throw new IamError(this.resource, 'UnknownPrincipalPolicyFragment',
      `Cannot get policy fragment of ${this.resource.node.path}, resource imported without a role; ` +
      'import the resource together with its role (e.g. with a role ARN) to use it as a principal');
  }

  /**
   * Record the statement as a warning on the resource (the user must add it to the role by hand).
   *
   * @returns `statementAdded: true`, so that grants do not fall back to a resource policy
   */
  public addToPrincipalPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    const stack = Stack.of(this.resource);
    const repr = JSON.stringify(stack.resolve(statement));
    Annotations.of(this.resource).addWarningV2('cdk-iam-kit:unknownPrincipalAddStatementToRole',
      `Add statement to this resource's role: ${repr}`);
    return { statementAdded: true, policyDependable: new DependencyGroup() };
  }

  /**
   * Add to the policy of this principal.
   *
   * @returns true: the statement is recorded as a warning (see `addToPrincipalPolicy`)
   */
  public addToPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }
}
