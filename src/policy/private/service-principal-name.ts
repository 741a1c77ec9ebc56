import { IResolvable, IResolveContext, Stack, Token } from 'aws-cdk-lib';
import { RegionInfo } from 'aws-cdk-lib/region-info';

/*
 * Service principal names and account-root ARNs, rendered the way aws-cdk-lib renders them.
 *
 * Internal to the policy layer and the layers above it (principals uses it for ServicePrincipal,
 * policy uses it for PolicyStatement.addServicePrincipal / addAccountRootPrincipal).
 *
 * Rules (measured against aws-cdk-lib 2.276.0):
 * - Every service principal is standardised to `<name>.amazonaws.com`. A bare name (`lambda`), or a
 *   name with one of the legacy partition suffixes (`.amazonaws.com`, `.amazonaws.com.cn`,
 *   `.c2s.ic.gov`, `.sc2s.sgov.gov`) becomes `<name>.amazonaws.com`. Anything else (a name with
 *   more dots such as `states.us-east-1.amazonaws.com`, or an unrelated suffix) is kept as is.
 * - When a region is requested explicitly, it is a concrete opt-in region (e.g. `af-south-1`) and it
 *   differs from the region of the stack using the principal, the name becomes regional:
 *   `<name>.<region>.amazonaws.com`.
 * - The rendering depends on the stack, so it is a lazy token resolved in the consuming stack.
 */

/** The legacy suffixes that are folded into `.amazonaws.com`. */
const STANDARD_NAME = /^([^.]+)(?:\.amazonaws\.com(?:\.cn)?|\.c2s\.ic\.gov|\.sc2s\.sgov\.gov)?$/;

/**
 * Standardise a service principal name: `lambda`, `lambda.amazonaws.com` and
 * `lambda.amazonaws.com.cn` all become `lambda.amazonaws.com`; other shapes are returned unchanged.
 * Tokens are returned unchanged.
 */
export function standardServicePrincipalName(service: string): string {
  if (Token.isUnresolved(service)) { return service; }
  const match = STANDARD_NAME.exec(service);
  return match ? `${match[1]}.amazonaws.com` : service;
}

/** True when `region` is a concrete region that AWS lists as opt-in (e.g. `af-south-1`, `me-south-1`). */
export function isOptInRegion(region: string): boolean {
  if (Token.isUnresolved(region)) { return false; }
  return RegionInfo.get(region).isOptInRegion === true;
}

/**
 * The service principal name as used from a stack in `stackRegion`.
 *
 * @param service the name the user passed (`lambda`, `lambda.amazonaws.com`, ...)
 * @param stackRegion region of the consuming stack (may be a token)
 * @param requestedRegion region passed in `ServicePrincipalOpts.region`, if any
 */
export function servicePrincipalNameFor(service: string, stackRegion: string, requestedRegion?: string): string {
  const standard = standardServicePrincipalName(service);
  if (requestedRegion === undefined || Token.isUnresolved(requestedRegion)) { return standard; }
  if (stackRegion === requestedRegion || !isOptInRegion(requestedRegion)) { return standard; }
  return standard.replace(/\.amazonaws\.com$/, `.${requestedRegion}.amazonaws.com`);
}

/** A lazy value computed from the stack of the scope it is resolved in. */
class StackDependentValue implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(
    private readonly fn: (stack: Stack) => string,
    private readonly hint: string | undefined,
    private readonly jsonHint: string) {}

  public resolve(context: IResolveContext): string {
    return this.fn(Stack.of(context.scope));
  }

  public toString(): string {
    return Token.asString(this, this.hint !== undefined ? { displayHint: this.hint } : undefined);
  }

  public toJSON(): string {
    return this.jsonHint;
  }
}

/**
 * The service principal name as a lazy string token that resolves, in the consuming stack, to the
 * standardised (and, for explicit opt-in regions, regional) name. Same rendering as aws-cdk-lib's
 * `new ServicePrincipal(service, { region })`.
 */
export function servicePrincipalNameToken(service: string, requestedRegion?: string): string {
  return new StackDependentValue(
    (stack) => servicePrincipalNameFor(service, stack.region, requestedRegion),
    service,
    `<${service}>`).toString();
}

/**
 * `arn:<partition>:iam::<accountId>:root` as a lazy string token: the partition is the one of the
 * consuming stack (`Aws.PARTITION` for environment-agnostic stacks).
 */
export function accountRootArnToken(accountId: string): string {
  return new StackDependentValue(
    (stack) => `arn:${stack.partition}:iam::${accountId}:root`,
    undefined,
    '<unresolved-token>').toString();
}

/** The account of the consuming stack (`Aws.ACCOUNT_ID` for environment-agnostic stacks), as a lazy token. */
export function stackAccountToken(): string {
  return new StackDependentValue((stack) => stack.account, undefined, '<unresolved-token>').toString();
}

/** The account-root ARN of the consuming stack's own account, as a lazy token. */
export function currentAccountRootArnToken(): string {
  return accountRootArnToken(stackAccountToken());
}
