import { aws_iam as cdk_iam, Resource } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IManagedPolicy } from './managed-policy';
import type { Policy } from './policy';
import { Role } from './role';
import type { IRole } from './role-interface';
import type { RoleProps } from './role-props';
import type { Grant } from '../grants/grant';
import { grantRecordsOf } from '../grants/private/grant-records';
import type { PolicyStatement } from '../policy/policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../policy/principal';
import type { PrincipalPolicyFragment } from '../policy/principal-policy-fragment';
import type { PolicyGraphNodeInfo } from '../policy/private/graph';

/**
 * Properties for defining a LazyRole.
 */
export interface LazyRoleProps extends RoleProps {
}

/**
 * An IAM role that only gets attached to the construct tree once it gets used, not before.
 *
 * This construct can be used to simplify logic in other constructs
 * which need to create a role but only if certain configurations occur
 * (such as when AutoScaling is configured). The role can be configured in one
 * place, but if it never gets used it doesn't get instantiated and will
 * not be synthesized or deployed.
 *
 * Reading `roleArn`, `roleName`, `roleId`, `roleRef` or `policyFragment`, or granting on the role,
 * creates the role (a `Role` child named `Default`), and replays the statements and policies
 * added before.
 *
 * @resource AWS::IAM::Role
 */
export class LazyRole extends Resource implements IRole {
  /** Uniquely identifies this class. */
  public static readonly PROPERTY_INJECTION_ID: string = 'cdk-iam-kit.LazyRole';

  /** The principal to grant permissions to: this role. */
  public readonly grantPrincipal: IPrincipal = this;

  /** The AWS account ID of this principal. */
  public readonly principalAccount: string | undefined = this.env.account;

  /** When this principal is used in an AssumeRole policy, the action to use. */
  public readonly assumeRoleAction: string = 'sts:AssumeRole';

  private role?: Role;
  private readonly statements = new Array<PolicyStatement | cdk_iam.PolicyStatement>();
  private readonly policies = new Array<Policy>();
  private readonly managedPolicies = new Array<IManagedPolicy>();

  constructor(scope: Construct, id: string, private readonly props: LazyRoleProps) {
    super(scope, id);
  }

  /**
   * Adds a permission to the role's default policy document.
   *
   * If there is no default policy attached to this role, it will be created.
   *
   * @param statement The permission statement to add to the policy document
   */
  public addToPrincipalPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    if (this.role) {
      return this.role.addToPrincipalPolicy(statement);
    }
    this.statements.push(statement);
    return { statementAdded: true, policyDependable: this };
  }

  /**
   * Adds a permission to the role's default policy document.
   *
   * @param statement The permission statement to add to the policy document
   * @returns true
   */
  public addToPolicy(statement: PolicyStatement | cdk_iam.PolicyStatement): boolean {
    return this.addToPrincipalPolicy(statement).statementAdded;
  }

  /**
   * Attaches a policy to this role.
   *
   * @param policy The policy to attach
   */
  public attachInlinePolicy(policy: Policy): void {
    if (this.role) {
      this.role.attachInlinePolicy(policy);
    } else {
      this.policies.push(policy);
    }
  }

  /**
   * Attaches a managed policy to this role.
   *
   * @param policy The managed policy to attach.
   */
  public addManagedPolicy(policy: IManagedPolicy): void {
    if (this.role) {
      this.role.addManagedPolicy(policy);
    } else {
      this.managedPolicies.push(policy);
    }
  }

  /**
   * Returns the ARN of this role.
   */
  public get roleArn(): string {
    return this.instantiate().roleArn;
  }

  /**
   * A reference to this role: its name and ARN.
   */
  public get roleRef(): cdk_iam.RoleReference {
    return this.instantiate().roleRef;
  }

  /**
   * Returns the stable and unique string identifying the role (i.e. AIDAJQABLZS4A3QDU576Q).
   *
   * @attribute
   */
  public get roleId(): string {
    return this.instantiate().roleId;
  }

  /**
   * Returns the name of this role.
   */
  public get roleName(): string {
    return this.instantiate().roleName;
  }

  /**
   * Returns the role as a policy principal fragment (its ARN).
   */
  public get policyFragment(): PrincipalPolicyFragment {
    return this.instantiate().policyFragment;
  }

  /**
   * Grant the actions defined in actions to the identity Principal on this resource.
   *
   * @param identity the principal
   * @param actions the actions
   */
  public grant(identity: IPrincipal, ...actions: string[]): Grant {
    return this.instantiate().grant(identity, ...actions);
  }

  /**
   * Grant permissions to the given principal to pass this role.
   *
   * @param identity the principal
   */
  public grantPassRole(identity: IPrincipal): Grant {
    return this.instantiate().grantPassRole(identity);
  }

  /**
   * Grant permissions to the given principal to assume this role.
   *
   * @param identity the principal
   */
  public grantAssumeRole(identity: IPrincipal): Grant {
    return this.instantiate().grantAssumeRole(identity);
  }

  /**
   * The graph node of the role once it exists; before, only the statements waiting for it.
   *
   * @internal
   */
  public _graphNodeInfo(): PolicyGraphNodeInfo {
    const grants = grantRecordsOf(this);
    if (this.role) {
      const inner = this.role._graphNodeInfo();
      return { ...inner, grants: [...grants, ...inner.grants] };
    }
    return { path: this.node.path, identityType: 'lazy-role', identityPolicies: [], grants };
  }

  private instantiate(): Role {
    if (!this.role) {
      const role = new Role(this, 'Default', this.props);
      this.statements.forEach(s => role.addToPolicy(s));
      this.policies.forEach(p => role.attachInlinePolicy(p));
      this.managedPolicies.forEach(p => role.addManagedPolicy(p));
      this.role = role;
    }
    return this.role;
  }
}
