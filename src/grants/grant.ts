import { Token, TokenComparison } from 'aws-cdk-lib';
import { Dependable, IConstruct, IDependable } from 'constructs';
import { IamError } from '../core';
import { CompositeDependable } from './composite-dependable';
import {
  CommonGrantOptions, GrantOnPrincipalAndResourceOptions, GrantOnPrincipalOptions,
  GrantPolicyWithResourceOptions, GrantWithResourceOptions,
} from './grant-options';
import { PolicyStatement } from '../policy/policy-statement';
import type { IGrantable } from '../policy/principal';
import { describeGrantee, dropReasonOf, recordGrant } from './private/grant-records';
import { statementForPrincipal } from '../policy/private/foreign-principal';
import type { GrantLanding } from '../policy/private/graph';

/** What the private constructor takes. */
interface GrantProps {
  readonly options: CommonGrantOptions;
  readonly principalStatement?: PolicyStatement;
  readonly resourceStatement?: PolicyStatement;
  readonly policyDependable?: IDependable;
}

/** The outcome of offering a statement to the grantee's identity policy. */
interface PrincipalAttempt {
  readonly grant: Grant;
  /** True when the statement is really in an identity policy (not just accepted and dropped). */
  readonly applied: boolean;
  readonly reason?: string;
}

/**
 * Result of a grant() operation.
 *
 * This class is not instantiable by consumers on purpose, so that they will be
 * required to call the Grant factory functions.
 *
 * The decision rule is aws-cdk-lib's: a grant goes to the principal's identity policy when the
 * principal has one and is in the resource's account; otherwise (or additionally, for
 * `addToPrincipalAndResource`) to the resource policy. Every grant is recorded, with where it
 * landed (principal, resource, both, nowhere); a grant that lands nowhere gets a
 * `cdk-iam-kit:GrantDropped` warning.
 *
 * Difference from aws-cdk-lib: `principalStatements` and `resourceStatements` always hold the
 * statements that went to the principal and to the resource respectively (aws-cdk-lib reports the
 * resource statement as `principalStatement` in `addToPrincipalAndResource`, and forgets the
 * principal statement of a cross-account `addToPrincipalOrResource`). Dependencies, and so the
 * synthesized templates, are the same.
 */
export class Grant implements IDependable {
  /**
   * Grant the given permissions to the principal.
   *
   * The permissions will be added to the principal policy primarily, falling
   * back to the resource policy if necessary. The permissions must be granted
   * somewhere.
   *
   * - Trying to grant permissions to a principal that does not admit adding to
   *   the principal policy while not providing a resource with a resource policy
   *   is an error.
   * - Trying to grant permissions to an absent principal (possible in the
   *   case of imported resources) leads to a warning being added to the
   *   resource construct.
   *
   * @param options what to grant, to whom, on which resource
   */
  public static addToPrincipalOrResource(options: GrantWithResourceOptions): Grant {
    const attempt = Grant.tryPrincipal(options);
    const principalAccount = options.grantee.grantPrincipal.principalAccount;
    const comparison = principalAccount
      ? Token.compareStrings(options.resource.env.account, principalAccount)
      : undefined;
    const sameAccount = comparison === TokenComparison.SAME || comparison === TokenComparison.BOTH_UNRESOLVED;

    if (attempt.grant.success && sameAccount) {
      Grant.record(options, attempt.applied ? 'principal' : 'nowhere', attempt.grant, attempt.reason);
      return attempt.grant;
    }

    const statement = new PolicyStatement({
      actions: options.actions,
      resources: options.resourceSelfArns || options.resourceArns,
      principals: [options.grantee.grantPrincipal],
      conditions: options.conditions,
    });
    const resourceResult = options.resource.addToResourcePolicy(statement);
    const grant = new Grant({
      options,
      principalStatement: attempt.applied ? attempt.grant.principalStatement : undefined,
      resourceStatement: statement,
      policyDependable: resourceResult.statementAdded ? resourceResult.policyDependable ?? options.resource as any : undefined,
    });
    Grant.record(options, landing(attempt.applied, resourceResult.statementAdded), grant,
      attempt.reason ?? 'the resource did not accept a resource policy statement');
    return grant;
  }

  /**
   * Add a pre-constructed policy statement to the resource's policy.
   *
   * Only modifies the resource policy, never a principal's policy, and does no
   * principal/resource selection.
   *
   * @param options the target resource and the statement to add
   * @returns A Grant object representing the result of the operation
   */
  public static addStatementToResourcePolicy(options: GrantPolicyWithResourceOptions): Grant {
    const resourceResult = options.resource.addToResourcePolicy(options.statement);
    const grant = new Grant({
      resourceStatement: options.statement,
      options,
      policyDependable: resourceResult.statementAdded ? resourceResult.policyDependable ?? options.resource as any : undefined,
    });
    Grant.record(options, resourceResult.statementAdded ? 'resource' : 'nowhere', grant,
      'the resource did not accept a resource policy statement');
    return grant;
  }

  /**
   * Try to grant the given permissions to the given principal.
   *
   * Absence of a principal leads to a warning, but failing to add
   * the permissions to a present principal is not an error.
   *
   * @param options what to grant and to whom
   */
  public static addToPrincipal(options: GrantOnPrincipalOptions): Grant {
    const attempt = Grant.tryPrincipal(options);
    Grant.record(options, attempt.applied ? 'principal' : 'nowhere', attempt.grant, attempt.reason, options.scope);
    return attempt.grant;
  }

  /**
   * Add a grant both on the principal and on the resource.
   *
   * As long as any principal is given, granting on the principal may fail (in
   * case of a non-identity principal), but granting on the resource will
   * never fail.
   *
   * @param options what to grant, to whom, on which resource
   */
  public static addToPrincipalAndResource(options: GrantOnPrincipalAndResourceOptions): Grant {
    const attempt = Grant.tryPrincipal(options);
    const statement = new PolicyStatement({
      actions: options.actions,
      resources: options.resourceSelfArns || options.resourceArns,
      principals: [options.resourcePolicyPrincipal || options.grantee.grantPrincipal],
      conditions: options.conditions,
    });
    const resourceResult = options.resource.addToResourcePolicy(statement);
    const resourceDependable = resourceResult.statementAdded ? resourceResult.policyDependable ?? options.resource as any : undefined;
    const grant = new Grant({
      options,
      principalStatement: attempt.grant.principalStatement,
      resourceStatement: statement,
      policyDependable: resourceDependable ? new CompositeDependable(attempt.grant, resourceDependable) : attempt.grant,
    });
    Grant.record(options, landing(attempt.applied, resourceResult.statementAdded), grant,
      attempt.reason ?? 'the resource did not accept a resource policy statement');
    return grant;
  }

  /**
   * Returns a "no-op" `Grant` object which represents a "dropped grant".
   *
   * This can be used for e.g. imported resources where you may not be able to modify
   * the resource's policy or some underlying policy which you don't know about.
   * The drop is recorded, with the intent as its reason, and warned about.
   *
   * @param grantee The intended grantee
   * @param intent The user's intent, used as the reason in the `GrantDropped` warning
   */
  public static drop(grantee: IGrantable, intent: string): Grant {
    const options: CommonGrantOptions = { grantee, actions: [], resourceArns: [] };
    const grant = new Grant({ options });
    recordGrant({ grantee, actions: [], resources: [], landing: 'nowhere', reason: intent });
    return grant;
  }

  /** Offer a statement to the grantee's identity policy, without recording. */
  private static tryPrincipal(options: CommonGrantOptions): PrincipalAttempt {
    const statement = new PolicyStatement({
      actions: options.actions,
      resources: options.resourceArns,
      conditions: options.conditions,
    });
    const principal = options.grantee.grantPrincipal;
    // An aws-cdk-lib principal (e.g. a lambda.Function's role) gets an aws-cdk-lib copy (docs/design/interop.md).
    const added = principal.addToPrincipalPolicy(statementForPrincipal(principal, statement));
    const reason = dropReasonOf(principal, statement);
    if (!added.statementAdded) {
      return {
        grant: new Grant({ options }),
        applied: false,
        reason: reason ?? `'${describeGrantee(options.grantee)}' has no identity policy to add statements to`,
      };
    }
    if (!added.policyDependable) {
      throw new IamError(undefined, 'ContractViolationPrincipalStatementAdded',
        'Contract violation: when Principal returns statementAdded=true, it should return a dependable; '
        + 'return the policy (or a DependencyGroup) as policyDependable from addToPrincipalPolicy');
    }
    return {
      grant: new Grant({ principalStatement: statement, options, policyDependable: added.policyDependable }),
      applied: reason === undefined,
      reason,
    };
  }

  private static record(options: CommonGrantOptions, where: GrantLanding, grant: Grant, reason?: string, scope?: IConstruct) {
    recordGrant({
      grantee: options.grantee,
      actions: options.actions,
      resources: options.resourceArns,
      landing: where,
      reason: where === 'nowhere' ? reason : undefined,
      principalStatement: grant.principalStatement,
      resourceStatement: grant.resourceStatement,
      warnScope: scope,
    });
  }

  /**
   * The statement that was added to the principal's policy.
   *
   * @deprecated Use `principalStatements` instead
   */
  public readonly principalStatement?: PolicyStatement;

  /**
   * The statements that were added to the principal's policy.
   */
  public readonly principalStatements = new Array<PolicyStatement>();

  /**
   * The statement that was added to the resource policy.
   *
   * @deprecated Use `resourceStatements` instead
   */
  public readonly resourceStatement?: PolicyStatement;

  /**
   * The statements that were added to the resource policy.
   */
  public readonly resourceStatements = new Array<PolicyStatement>();

  /**
   * The options originally used to set this result.
   *
   * Private member doubles as a way to make it impossible for an object literal to
   * be structurally the same as this class.
   */
  private readonly options: CommonGrantOptions;

  private readonly dependables = new Array<IDependable>();

  private constructor(props: GrantProps) {
    this.options = props.options;
    this.principalStatement = props.principalStatement;
    this.resourceStatement = props.resourceStatement;
    if (this.principalStatement) { this.principalStatements.push(this.principalStatement); }
    if (this.resourceStatement) { this.resourceStatements.push(this.resourceStatement); }
    if (props.policyDependable) { this.dependables.push(props.policyDependable); }

    const self = this;
    Dependable.implement(this, {
      get dependencyRoots() {
        return Array.from(new Set(self.dependables.flatMap(d => Dependable.of(d).dependencyRoots)));
      },
    });
  }

  /**
   * Whether the grant operation was successful.
   */
  public get success(): boolean {
    return this.principalStatement !== undefined || this.resourceStatement !== undefined;
  }

  /**
   * Throw an error if this grant wasn't successful.
   */
  public assertSuccess(): void {
    if (!this.success) {
      throw new IamError(undefined, 'GrantCouldNotBeAdded',
        `Permissions for '${describeGrantee(this.options.grantee)}' to call '${this.options.actions}' on '${this.options.resourceArns}' `
        + 'could not be added on either identity or resource policy.; grant to an identity (role, user, group) or to a resource that has a resource policy');
    }
  }

  /**
   * Make sure this grant is applied before the given constructs are deployed.
   *
   * The same as construct.node.addDependency(grant), but slightly nicer to read.
   *
   * @param constructs the constructs that must be deployed after the grant
   */
  public applyBefore(...constructs: IConstruct[]): void {
    for (const construct of constructs) {
      construct.node.addDependency(this);
    }
  }

  /**
   * Combine two grants into a new one.
   *
   * @param rhs the other grant
   */
  public combine(rhs: Grant): Grant {
    const combinedPrincipal = [...this.principalStatements, ...rhs.principalStatements];
    const combinedResource = [...this.resourceStatements, ...rhs.resourceStatements];
    const ret = new Grant({
      options: this.options,
      principalStatement: combinedPrincipal[0],
      resourceStatement: combinedResource[0],
    });
    ret.principalStatements.splice(0, ret.principalStatements.length, ...combinedPrincipal);
    ret.resourceStatements.splice(0, ret.resourceStatements.length, ...combinedResource);
    ret.dependables.push(...this.dependables, ...rhs.dependables);
    return ret;
  }
}

function landing(principal: boolean, resource: boolean): GrantLanding {
  if (principal && resource) { return 'both'; }
  if (principal) { return 'principal'; }
  return resource ? 'resource' : 'nowhere';
}
