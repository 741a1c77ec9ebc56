import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { Lazy, Resource } from 'aws-cdk-lib';
import { ownStatement } from './foreign-statement';
import { IamError } from '../../core';
import type { PolicyStatement } from '../../policy/policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../../policy/principal';
import { PrincipalPolicyFragment } from '../../policy/principal-policy-fragment';

/** What a policy construct offers to its grant principal. */
export interface IStatementSink {
  addStatements(...statements: PolicyStatement[]): void;
}

/**
 * The `grantPrincipal` of a `Policy` or `ManagedPolicy`: grants add statements to the policy
 * document; anything that needs the principal itself (a resource policy, a trust policy) fails,
 * since a policy is not a principal.
 */
export class PolicyGrantPrincipal implements IPrincipal {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly policyFragment: PrincipalPolicyFragment;
  public readonly principalAccount?: string;

  constructor(private readonly policy: Resource & IStatementSink, private readonly kind: string) {
    const arn = Lazy.string({ produce: () => { throw this.notAPrincipal(); } });
    this.policyFragment = new PrincipalPolicyFragment({ AWS: [arn] });
    this.principalAccount = policy.env.account;
  }

  public get assumeRoleAction(): string {
    throw this.notAPrincipal();
  }

  /** Adds the statement to the policy document; always succeeds. */
  public addToPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addToPrincipalPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    this.policy.addStatements(ownStatement(statement));
    return { statementAdded: true, policyDependable: this.policy };
  }

  public toString(): string {
    return `${this.kind}(${this.policy.node.path})`;
  }

  private notAPrincipal(): IamError {
    return new IamError(this.policy, 'GrantOperationNeedsAddResource',
      'This grant operation needs to add a resource policy so needs access to a principal; '
      + `Grant permissions to a Role or User, instead of a ${this.kind}.`);
  }
}
