import { Annotations, aws_iam as cdk_iam, FeatureFlags, Names, Resource, Token, TokenComparison, cx_api } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { Grant } from '../../grants/grant';
import { grantRecordsOf } from '../../grants/private/grant-records';
import type { PolicyStatement } from '../../policy/policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../../policy/principal';
import { PrincipalPolicyFragment } from '../../policy/principal-policy-fragment';
import type { IPolicyGraphNode, PolicyGraphNodeInfo } from '../../policy/private/graph';
import type { IManagedPolicy } from '../managed-policy';
import { Policy } from '../policy';
import type { IRole } from '../role-interface';
import type { FromRoleArnOptions } from '../role-props';
import { AttachedPolicies } from './attached-policies';
import { ownStatement } from './foreign-statement';
import { inlineGraphPolicy, managedGraphPolicy, uniqueManagedPolicies } from './graph-info';
import { MAX_POLICY_NAME_LEN } from './policy-name';

/** What `Role.fromRoleArn` knows about the role. */
export interface ImportedRoleProps extends FromRoleArnOptions {
  readonly roleArn: string;
  readonly roleName: string;
  readonly account?: string;
}

/**
 * A role defined outside this app that this app may add policies to (a mutable import).
 *
 * Statements go to an inline policy named `Policy` (or, with the
 * `@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName` flag, `Policy<unique id>` so that
 * importing the same role in two stacks does not make the stacks overwrite each other's policy),
 * unless `defaultPolicyName` is given.
 */
export class ImportedRole extends Resource implements IRole, IPolicyGraphNode {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly principalAccount?: string;
  public readonly assumeRoleAction: string = 'sts:AssumeRole';
  public readonly policyFragment: PrincipalPolicyFragment;
  public readonly roleArn: string;
  public readonly roleName: string;

  private readonly attachedPolicies = new AttachedPolicies();
  private readonly defaultPolicyName?: string;
  private defaultPolicy?: Policy;
  private readonly managedPolicies: IManagedPolicy[] = [];

  constructor(scope: Construct, id: string, props: ImportedRoleProps) {
    super(scope, id, { account: props.account });
    this.roleArn = props.roleArn;
    this.roleName = props.roleName;
    this.policyFragment = new PrincipalPolicyFragment({ AWS: [this.roleArn] });
    this.defaultPolicyName = props.defaultPolicyName;
    this.principalAccount = props.account;
  }

  public get roleRef(): cdk_iam.RoleReference {
    return { roleName: this.roleName, roleArn: this.roleArn };
  }

  public addToPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addToPrincipalPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    if (!this.defaultPolicy) {
      const useUniqueName = FeatureFlags.of(this).isEnabled(cx_api.IAM_IMPORTED_ROLE_STACK_SAFE_DEFAULT_POLICY_NAME);
      const prefix = 'Policy';
      let defaultName = useUniqueName ? `${prefix}${Names.uniqueId(this)}` : prefix;
      if (defaultName.length > MAX_POLICY_NAME_LEN) {
        defaultName = `${prefix}${Names.uniqueResourceName(this, { maxLength: MAX_POLICY_NAME_LEN - prefix.length })}`;
      }
      const policyName = this.defaultPolicyName ?? defaultName;
      this.defaultPolicy = new Policy(this, policyName, useUniqueName ? { policyName } : undefined);
      this.attachInlinePolicy(this.defaultPolicy);
    }
    this.defaultPolicy.addStatements(ownStatement(statement));
    return { statementAdded: true, policyDependable: this.defaultPolicy };
  }

  public attachInlinePolicy(policy: Policy): void {
    const comparison = Token.compareStrings(this.env.account, policy.env.account);
    if (comparison === TokenComparison.SAME || comparison === TokenComparison.BOTH_UNRESOLVED || comparison === TokenComparison.ONE_UNRESOLVED) {
      this.attachedPolicies.attach(policy);
      policy.attachToRole(this);
    }
  }

  public addManagedPolicy(policy: IManagedPolicy): void {
    const attachable = policy as IManagedPolicy & { attachToRole?: (role: IRole) => void };
    if (typeof attachable.attachToRole === 'function') {
      attachable.attachToRole(this);
    } else {
      Annotations.of(this).addWarningV2('@aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy',
        `Can't combine imported IManagedPolicy: ${policy.managedPolicyArn} to imported role IRole: ${this.roleName}. Use ManagedPolicy directly.`);
    }
  }

  public grantPassRole(identity: IPrincipal): Grant {
    return this.grant(identity, 'iam:PassRole');
  }

  public grantAssumeRole(identity: IPrincipal): Grant {
    return this.grant(identity, 'sts:AssumeRole');
  }

  public grant(grantee: IPrincipal, ...actions: string[]): Grant {
    return Grant.addToPrincipal({ grantee, actions, resourceArns: [this.roleArn] });
  }

  /** Principals with the same string are the same principal (for trust policy de-duplication). */
  public dedupeString(): string | undefined {
    return `ImportedRole:${this.roleArn}`;
  }

  /** @internal */
  public _noteManagedPolicyAttachment(policy: IManagedPolicy): void {
    if (!this.managedPolicies.includes(policy)) { this.managedPolicies.push(policy); }
  }

  /** @internal */
  public _graphNodeInfo(): PolicyGraphNodeInfo {
    return {
      path: this.node.path,
      identityType: 'imported-role',
      arn: this.roleArn,
      account: this.principalAccount,
      identityPolicies: [
        ...this.attachedPolicies.all()
          .filter(p => p instanceof Policy && p._willSynthesize)
          .map(p => inlineGraphPolicy(p as Policy, p.node.path)),
        ...uniqueManagedPolicies(this.managedPolicies).map(managedGraphPolicy),
      ],
      grants: grantRecordsOf(this),
    };
  }
}
