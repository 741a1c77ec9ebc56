import { PrincipalBase } from './principal-base';
import { PrincipalPolicyFragment } from '../policy/principal-policy-fragment';
import { LITERAL_STRING_KEY } from '../policy/private/principal-json';

/**
 * A principal that uses a literal '*' in the IAM JSON language.
 *
 * Some services behave differently when you specify `Principal: "*"`
 * or `Principal: { AWS: "*" }` in their resource policy.
 *
 * `StarPrincipal` renders to `Principal: *`. Most of the time, you
 * should use `AnyPrincipal` instead.
 *
 * @example
 * const principal = new StarPrincipal();
 */
export class StarPrincipal extends PrincipalBase {
  /**
   * `{ LiteralString: ['*'] }`, which a statement renders as `"Principal": "*"`.
   */
  public readonly policyFragment: PrincipalPolicyFragment = new PrincipalPolicyFragment({ [LITERAL_STRING_KEY]: ['*'] });

  /**
   * `StarPrincipal()`.
   */
  public toString(): string {
    return 'StarPrincipal()';
  }

  /**
   * `StarPrincipal`.
   */
  public dedupeString(): string | undefined {
    return 'StarPrincipal';
  }
}
