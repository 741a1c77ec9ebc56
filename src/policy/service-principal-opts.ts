/**
 * Options for a service principal.
 *
 * Defined in the policy layer because `PolicyStatement.addServicePrincipal` takes it; the
 * `ServicePrincipal` class (principals layer) uses the same struct.
 */
export interface ServicePrincipalOpts {
  /**
   * The region in which you want to reference the service.
   *
   * This is only necessary for *cross-region* references to *opt-in* regions. In those
   * cases, the region name needs to be included to reference the correct service principal
   * (`SERVICE.REGION.amazonaws.com`). In all other cases, the global service principal name
   * (`SERVICE.amazonaws.com`) is rendered, so there is no downside to always specifying it.
   *
   * @default - the resolving Stack's region.
   */
  readonly region?: string;

  /**
   * Additional conditions to add to the Service Principal.
   *
   * @default - No conditions
   */
  readonly conditions?: { [key: string]: any };
}
