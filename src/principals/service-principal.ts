import { PrincipalBase } from './principal-base';
import { PrincipalPolicyFragment } from '../policy/principal-policy-fragment';
import { servicePrincipalNameToken } from '../policy/private/service-principal-name';
import type { ServicePrincipalOpts } from '../policy/service-principal-opts';

/**
 * An IAM principal that represents an AWS service (i.e. `sqs.amazonaws.com`).
 *
 * Renders as `{ "Service": "<service>.amazonaws.com" }`; the name is standardised and, for an
 * explicit opt-in `region` that differs from the stack's, made regional
 * (`<service>.<region>.amazonaws.com`).
 *
 * @example
 * const principal = new ServicePrincipal('lambda.amazonaws.com');
 */
export class ServicePrincipal extends PrincipalBase {
  /**
   * Return the service principal name based on the region it's used in.
   *
   * Some service principal names used to be different for different partitions,
   * and some were not. These days all service principal names are standardized, and they are all
   * of the form `<servicename>.amazonaws.com`.
   *
   * To avoid breaking changes, handling is provided for services added with the formats below,
   * however, no additional handling will be added for new regions or partitions.
   *   - s3
   *   - s3.amazonaws.com
   *   - s3.amazonaws.com.cn
   *   - s3.c2s.ic.gov
   *   - s3.sc2s.sgov.gov
   *
   * @param service the service name in one of the forms above
   * @returns a token resolving to `<servicename>.amazonaws.com` in the consuming stack
   *
   * @example
   * const principalName = ServicePrincipal.servicePrincipalName('ec2.amazonaws.com');
   */
  public static servicePrincipalName(service: string): string {
    return servicePrincipalNameToken(service);
  }

  /**
   * Return the service principal using the service principal name as it is passed to the function without
   * any change regardless of the region used in the stack if it is Opted in or not.
   *
   * @param servicePrincipalName the exact name to render, e.g. `elasticmapreduce.amazonaws.com.cn`
   *
   * @example
   * const principal = ServicePrincipal.fromStaticServicePrincipleName('elasticmapreduce.amazonaws.com.cn');
   */
  public static fromStaticServicePrincipleName(servicePrincipalName: string): ServicePrincipal {
    return new StaticServicePrincipal(servicePrincipalName);
  }

  /**
   * AWS service (i.e. sqs.amazonaws.com), as passed to the constructor.
   */
  public readonly service: string;

  private readonly opts: ServicePrincipalOpts;

  /**
   * Reference an AWS service, optionally in a given region.
   *
   * @param service AWS service (i.e. sqs.amazonaws.com)
   * @param opts region and additional conditions
   */
  constructor(service: string, opts: ServicePrincipalOpts = {}) {
    super();
    this.service = service;
    this.opts = opts;
  }

  /**
   * `{ Service: [name] }` with the conditions given in `opts`.
   */
  public get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment(
      { Service: [servicePrincipalNameToken(this.service, this.opts.region)] },
      this.opts.conditions);
  }

  /**
   * `ServicePrincipal(<service>)`.
   */
  public toString(): string {
    return `ServicePrincipal(${this.service})`;
  }

  /**
   * `ServicePrincipal:<service>:<opts as JSON>`.
   */
  public dedupeString(): string | undefined {
    return `ServicePrincipal:${this.service}:${JSON.stringify(this.opts)}`;
  }
}

/** A service principal rendered exactly as given (`ServicePrincipal.fromStaticServicePrincipleName`). */
class StaticServicePrincipal extends ServicePrincipal {
  public get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment({ Service: [this.service] });
  }

  public dedupeString(): string | undefined {
    // Distinct from the standardised principal of the same input: they render differently.
    return `ServicePrincipal:static:${this.service}`;
  }
}
