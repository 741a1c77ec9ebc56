import { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { CdkGroupView, CdkRoleView, CdkUserView } from './cdk-identity-views';
import { CdkPrincipalView } from './cdk-principal-view';
import { ForeignPrincipalView } from './foreign-principal-view';
import { ForeignRoleView } from './foreign-role-view';
import { memoView, unwrapView } from './views';
import type { IGrantable, IPrincipal } from '../../policy/principal';
import type { IGroup } from '../group';
import type { IRole } from '../role-interface';
import type { IUser } from '../user';

/**
 * Hand cdk-iam-kit objects to aws-cdk-lib, and aws-cdk-lib objects to cdk-iam-kit.
 *
 * In TypeScript most hand-overs need no bridge: `bucket.grantRead(role)` and
 * `new Role(this, 'R', { assumedBy: new iam.ServicePrincipal('...') })` type-check as they are.
 * A slot typed with aws-cdk-lib's `IRole`, `IUser` or `IGroup` (for example `lambda.Function`'s
 * `role`) needs the view these methods return, and in Python and Java every slot typed with the
 * other library's interface does.
 *
 * A view delegates to the object it stands for: statements aws-cdk-lib adds through it land in
 * our role's policies (so validation and `AccessCheck` see them), and the synthesized template
 * is the one the object makes by itself. Views are not constructs in the tree; the same object
 * gives the same view on every call, and a view handed back is unwrapped.
 *
 * @example
 * const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
 * new lambda.Function(this, 'Fn', {
 *   runtime: lambda.Runtime.NODEJS_20_X,
 *   handler: 'index.handler',
 *   code: lambda.Code.fromInline('exports.handler = async () => {}'),
 *   role: CdkBridge.toCdkRole(role), // or role.toCdkRole()
 * });
 */
export class CdkBridge {
  /**
   * Our role (including imported ones) as an aws-cdk-lib `IRole`.
   *
   * @param role the role of cdk-iam-kit
   */
  public static toCdkRole(role: IRole): cdk_iam.IRole {
    const original = unwrapView(role) as unknown;
    if (original !== role) { return original as cdk_iam.IRole; }
    return memoView(role, 'role', () => new CdkRoleView(role));
  }

  /**
   * Our user (including imported ones) as an aws-cdk-lib `IUser`.
   *
   * @param user the user of cdk-iam-kit
   */
  public static toCdkUser(user: IUser): cdk_iam.IUser {
    const original = unwrapView(user) as unknown;
    if (original !== user) { return original as cdk_iam.IUser; }
    return memoView(user, 'user', () => new CdkUserView(user));
  }

  /**
   * Our group (including imported ones) as an aws-cdk-lib `IGroup`.
   *
   * @param group the group of cdk-iam-kit
   */
  public static toCdkGroup(group: IGroup): cdk_iam.IGroup {
    const original = unwrapView(group) as unknown;
    if (original !== group) { return original as cdk_iam.IGroup; }
    return memoView(group, 'group', () => new CdkGroupView(group));
  }

  /**
   * Any principal of cdk-iam-kit as an aws-cdk-lib `IPrincipal`.
   *
   * A role, user or group gives the same view as `toCdkRole`, `toCdkUser`, `toCdkGroup`; an
   * aws-cdk-lib principal is returned as it is.
   *
   * @param principal the principal, e.g. `new ServicePrincipal('sns.amazonaws.com')`
   */
  public static toCdkPrincipal(principal: IPrincipal): cdk_iam.IPrincipal {
    const original = unwrapView(principal) as unknown;
    if (original !== principal || isCdkPrincipal(principal)) { return original as cdk_iam.IPrincipal; }
    const x = principal as any;
    if (typeof x.roleArn === 'string' && x.node) { return CdkBridge.toCdkRole(x as IRole); }
    if (typeof x.userArn === 'string' && x.node) { return CdkBridge.toCdkUser(x as IUser); }
    if (typeof x.groupArn === 'string' && x.node) { return CdkBridge.toCdkGroup(x as IGroup); }
    return memoView(principal, 'principal', () => new CdkPrincipalView(principal));
  }

  /**
   * Anything of cdk-iam-kit that can be granted permissions as an aws-cdk-lib `IGrantable`, for
   * aws-cdk-lib's grant methods (`bucket.grantRead(...)`) in Python and Java.
   *
   * @param grantable a role, user, group, principal, `Policy` or `ManagedPolicy`
   */
  public static toCdkGrantable(grantable: IGrantable): cdk_iam.IGrantable {
    const original = unwrapView(grantable) as unknown;
    if (original !== grantable) { return original as cdk_iam.IGrantable; }
    const principal = grantable.grantPrincipal;
    if (principal === grantable as unknown) { return CdkBridge.toCdkPrincipal(principal); }
    return memoView(grantable, 'grantable', () => ({ grantPrincipal: CdkBridge.toCdkPrincipal(principal) }));
  }

  /**
   * An aws-cdk-lib principal (an `iam.Role`, a `lambda.Function`'s role, an
   * `iam.ServicePrincipal`, ...) as our `IPrincipal`, for statements, trust policies and grants.
   *
   * Needed in Java (and wherever a slot typed with our `IPrincipal` is nominal); TypeScript
   * accepts the aws-cdk-lib principal directly. A view of ours is unwrapped.
   *
   * @param principal the aws-cdk-lib principal
   */
  public static fromCdkPrincipal(principal: cdk_iam.IPrincipal): IPrincipal {
    const original = unwrapView(principal) as unknown;
    if (original !== principal) { return original as IPrincipal; }
    const x = principal as any;
    if (typeof x.roleArn === 'string' && x.node && typeof x.grantPassRole === 'function') {
      return CdkBridge.fromCdkRole(x as cdk_iam.IRole);
    }
    return memoView(principal, 'foreign-principal', () => new ForeignPrincipalView(principal));
  }

  /**
   * An aws-cdk-lib role (an `iam.Role`, a `lambda.Function`'s auto-created role, an imported
   * one) as our `IRole`: for `ManagedPolicy`/`Policy` `roles`, our grants, and `AccessCheck`
   * (which then reads the role's policies). A view of ours is unwrapped.
   *
   * @param role the aws-cdk-lib role
   */
  public static fromCdkRole(role: cdk_iam.IRole): IRole {
    const original = unwrapView(role) as unknown;
    if (original !== role) { return original as IRole; }
    return memoView(role, 'foreign-role', () => new ForeignRoleView(role));
  }

  /**
   * An aws-cdk-lib grantable (a `lambda.Function`, an `iam.Role`, ...) as our `IGrantable`, for
   * `Grant` and the grant methods of this library.
   *
   * @param grantable the aws-cdk-lib grantable
   */
  public static fromCdkGrantable(grantable: cdk_iam.IGrantable): IGrantable {
    const original = unwrapView(grantable) as unknown;
    if (original !== grantable) { return original as IGrantable; }
    const principal = grantable.grantPrincipal;
    if (principal === grantable as unknown) { return CdkBridge.fromCdkPrincipal(principal); }
    return memoView(grantable, 'foreign-grantable', () => ({ grantPrincipal: CdkBridge.fromCdkPrincipal(principal) }));
  }

  private constructor() {}
}

/** An aws-cdk-lib principal: its policy fragment is aws-cdk-lib's. */
function isCdkPrincipal(x: IPrincipal): boolean {
  try {
    return (x.policyFragment as unknown) instanceof cdk_iam.PrincipalPolicyFragment;
  } catch {
    return false;
  }
}
