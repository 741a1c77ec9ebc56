import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { ComparablePrincipal } from './comparable-principal';
import { PrincipalBase } from './principal-base';
import { IamError } from '../core/errors';
import type { PolicyDocument } from '../policy/policy-document';
import type { IPrincipal } from '../policy/principal';
import { PrincipalPolicyFragment } from '../policy/principal-policy-fragment';
import { addPrincipalToAssumeRole } from './private/assume-role';
import { mergePrincipalJson } from '../policy/private/principal-json';

/**
 * Represents a principal that has multiple types of principals.
 *
 * In a policy statement the components are merged into one `Principal` element, so they cannot
 * have conditions. In a trust policy each component gets its own statement (with its own
 * assume-role action and conditions).
 *
 * @example
 * const principal = new CompositePrincipal(
 *   new ServicePrincipal('lambda.amazonaws.com'),
 *   new AccountPrincipal('123456789012'),
 * );
 */
export class CompositePrincipal extends PrincipalBase {
  /**
   * The assume-role action of the first component.
   */
  public readonly assumeRoleAction: string;

  private readonly _principals = new Array<IPrincipal>();

  /**
   * @param principals the components, at least one
   */
  constructor(...principals: IPrincipal[]) {
    super();
    if (principals.length === 0) {
      throw new IamError(undefined, 'EmptyCompositePrincipal',
        'CompositePrincipals must be constructed with at least 1 Principal but none were passed; ' +
        'pass the principals to the constructor, e.g. new CompositePrincipal(new ServicePrincipal(\'lambda.amazonaws.com\'))');
    }
    this.assumeRoleAction = principals[0].assumeRoleAction;
    this.addPrincipals(...principals);
  }

  /**
   * Adds IAM principals to the composite principal. Composite principals cannot have
   * conditions.
   *
   * @param principals IAM principals that will be added to the composite principal
   */
  public addPrincipals(...principals: IPrincipal[]): this {
    this._principals.push(...principals);
    return this;
  }

  /**
   * Add every component to the trust policy, each in the way it adds itself.
   *
   * @param doc the trust policy document of the role
   */
  public addToAssumeRolePolicy(doc: PolicyDocument | cdk_iam.PolicyDocument): void {
    for (const principal of this._principals) {
      addPrincipalToAssumeRole(principal, doc);
    }
  }

  /**
   * The components' principal JSON merged, without conditions.
   *
   * Throws `[CompositePrincipalConditions]` when a component has conditions.
   */
  public get policyFragment(): PrincipalPolicyFragment {
    const principalJson: { [key: string]: string[] } = {};
    for (const principal of this._principals) {
      const fragment = principal.policyFragment;
      if (fragment.conditions && Object.keys(fragment.conditions).length > 0) {
        throw new IamError(undefined, 'CompositePrincipalConditions',
          `Components of a CompositePrincipal must not have conditions. Tried to add the following fragment: ${JSON.stringify(fragment)}; ` +
          `put '${principal}' in a statement of its own, or use the CompositePrincipal only as a role's assumedBy`);
      }
      mergePrincipalJson(principalJson, fragment.principalJson);
    }
    return new PrincipalPolicyFragment(principalJson);
  }

  /**
   * `CompositePrincipal(<component>,<component>,...)`.
   */
  public toString(): string {
    return `CompositePrincipal(${this._principals})`;
  }

  /**
   * The components' dedupe strings, or `undefined` when a component is not comparable.
   */
  public dedupeString(): string | undefined {
    const inner = this._principals.map(ComparablePrincipal.dedupeStringFor);
    if (inner.some((x) => x === undefined)) {
      return undefined;
    }
    return `CompositePrincipal[${inner.join(',')}]`;
  }

  /**
   * Returns the principals that make up the CompositePrincipal.
   */
  public get principals(): IPrincipal[] {
    return this._principals;
  }
}
