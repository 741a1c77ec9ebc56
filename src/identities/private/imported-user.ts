import { Arn, ArnFormat, aws_iam as cdk_iam, Resource, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IamError } from '../../core';
import { grantRecordsOf } from '../../grants/private/grant-records';
import type { PolicyStatement } from '../../policy/policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../../policy/principal';
import { PrincipalPolicyFragment } from '../../policy/principal-policy-fragment';
import type { IPolicyGraphNode, PolicyGraphNodeInfo } from '../../policy/private/graph';
import type { IGroup } from '../group';
import type { IManagedPolicy } from '../managed-policy';
import { Policy } from '../policy';
import type { IUser } from '../user';
import { AttachedPolicies } from './attached-policies';
import { ownStatement } from './foreign-statement';
import { inlineGraphPolicy } from './graph-info';

/**
 * A user defined outside this app (`User.fromUserArn` and friends). Statements go to an inline
 * policy `Policy`; `addToGroup` adds an `AWS::IAM::UserToGroupAddition` to the group's stack;
 * managed policies cannot be attached.
 */
export class ImportedUser extends Resource implements IUser, IPolicyGraphNode {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly principalAccount: string | undefined;
  public readonly userName: string;
  public readonly userArn: string;
  public readonly assumeRoleAction: string = 'sts:AssumeRole';
  public readonly policyFragment: PrincipalPolicyFragment;
  private readonly attachedPolicies = new AttachedPolicies();
  private defaultPolicy?: Policy;
  private groupId = 0;

  constructor(scope: Construct, id: string, userArn: string) {
    super(scope, id);
    this.principalAccount = Stack.of(scope).splitArn(userArn, ArnFormat.SLASH_RESOURCE_NAME).account;
    this.userName = Arn.extractResourceName(userArn, 'user').split('/').pop()!;
    this.userArn = userArn;
    this.policyFragment = new PrincipalPolicyFragment({ AWS: [userArn] });
  }

  public get userRef(): cdk_iam.UserReference {
    return { userName: this.userName, userArn: this.userArn };
  }

  public addToPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  public addToPrincipalPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    if (!this.defaultPolicy) {
      this.defaultPolicy = new Policy(this, 'Policy');
      this.defaultPolicy.attachToUser(this);
    }
    this.defaultPolicy.addStatements(ownStatement(statement));
    return { statementAdded: true, policyDependable: this.defaultPolicy };
  }

  public addToGroup(group: IGroup): void {
    new cdk_iam.CfnUserToGroupAddition(Stack.of(group), `${this.userName}Group${this.groupId}`, {
      groupName: group.groupRef.groupName,
      users: [this.userName],
    });
    this.groupId += 1;
  }

  public attachInlinePolicy(policy: Policy): void {
    this.attachedPolicies.attach(policy);
    policy.attachToUser(this);
  }

  public addManagedPolicy(_policy: IManagedPolicy): void {
    throw new IamError(this, 'CannotAddManagedPolicyImported',
      'Cannot add managed policy to imported User; attach the managed policy where the user is managed');
  }

  /** @internal */
  public _graphNodeInfo(): PolicyGraphNodeInfo {
    return {
      path: this.node.path,
      identityType: 'imported-user',
      arn: this.userArn,
      account: this.principalAccount,
      identityPolicies: this.attachedPolicies.all()
        .filter(p => p instanceof Policy && p._willSynthesize)
        .map(p => inlineGraphPolicy(p as Policy, p.node.path)),
      grants: grantRecordsOf(this),
    };
  }
}
