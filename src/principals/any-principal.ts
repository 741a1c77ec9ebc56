import { ArnPrincipal } from './arn-principal';

/**
 * A principal representing all AWS identities in all accounts.
 *
 * Some services behave differently when you specify `Principal: '*'`
 * or `Principal: { AWS: "*" }` in their resource policy.
 *
 * `AnyPrincipal` renders to `Principal: { AWS: "*" }`. This is correct
 * most of the time, but in cases where you need the other principal,
 * use `StarPrincipal` instead.
 *
 * @example
 * const principal = new AnyPrincipal();
 */
export class AnyPrincipal extends ArnPrincipal {
  constructor() {
    super('*');
  }

  /**
   * `AnyPrincipal()`.
   */
  public toString(): string {
    return 'AnyPrincipal()';
  }
}

/**
 * A principal representing all identities in all accounts.
 *
 * @deprecated use `AnyPrincipal`
 */
export class Anyone extends AnyPrincipal {}
