import { Token } from 'aws-cdk-lib';
import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { IamError } from '../../core';
import type { PolicyStatement } from '../policy-statement';
import type { AddToPrincipalPolicyResult, IPrincipal } from '../principal';
import { PrincipalPolicyFragment } from '../principal-policy-fragment';
import type { ServicePrincipalOpts } from '../service-principal-opts';
import { LITERAL_STRING_KEY } from './principal-json';
import { accountRootArnToken, servicePrincipalNameToken, stackAccountToken } from './service-principal-name';

/*
 * Small principal objects used inside PolicyStatement (addArnPrincipal, addServicePrincipal,
 * fromJson, ...). The policy layer must not import src/principals, so these render the same
 * fragments as the public principal classes, and carry the same `toString()` and
 * `dedupeString()` (which the merge step uses to compare principals) as aws-cdk-lib's.
 */

/** What a fixed principal is made of. */
interface FixedPrincipalSpec {
  /** Computed on every access: a principal's fragment may contain fresh tokens. */
  readonly fragment: () => PrincipalPolicyFragment;
  /** `ArnPrincipal(arn:...)`, as aws-cdk-lib prints it. */
  readonly description: string;
  /** Equal strings mean the same principal; `undefined` means "compare by identity". */
  readonly dedupe?: string;
  readonly principalAccount?: string;
  readonly assumeRoleAction?: string;
}

/** A principal whose policy fragment is fixed at creation. Internal to the policy layer. */
export class FixedPrincipal implements IPrincipal {
  public readonly grantPrincipal: IPrincipal = this;
  public readonly assumeRoleAction: string;
  public readonly principalAccount?: string;

  constructor(private readonly spec: FixedPrincipalSpec) {
    this.assumeRoleAction = spec.assumeRoleAction ?? 'sts:AssumeRole';
    this.principalAccount = spec.principalAccount;
  }

  public get policyFragment(): PrincipalPolicyFragment {
    return this.spec.fragment();
  }

  /** These principals have no policy of their own. */
  public addToPrincipalPolicy(_statement: PolicyStatement | cdk_iam.PolicyStatement): AddToPrincipalPolicyResult {
    return { statementAdded: false };
  }

  /** Used by the merge step (aws-cdk-lib's ComparablePrincipal protocol). */
  public dedupeString(): string | undefined {
    return this.spec.dedupe;
  }

  public toString(): string {
    return this.spec.description;
  }

  public toJSON(): { [key: string]: string[] } {
    return this.policyFragment.principalJson;
  }
}

/** `{ AWS: arn }`. */
export function arnPrincipal(arn: string): FixedPrincipal {
  return new FixedPrincipal({
    fragment: () => new PrincipalPolicyFragment({ AWS: [arn] }),
    description: `ArnPrincipal(${arn})`,
    dedupe: `ArnPrincipal:${arn}`,
  });
}

/** `{ AWS: 'arn:<partition>:iam::<account>:root' }` with the partition of the consuming stack. */
export function accountPrincipal(accountId: string): FixedPrincipal {
  if (typeof accountId !== 'string' && !Token.isUnresolved(accountId)) {
    throw new IamError(undefined, 'InvalidAccountId',
      `accountId should be of type string, got ${JSON.stringify(accountId)}; pass the 12-digit account id as a string`);
  }
  const arn = accountRootArnToken(accountId);
  return new FixedPrincipal({
    fragment: () => new PrincipalPolicyFragment({ AWS: [arn] }),
    description: `AccountPrincipal(${accountId})`,
    dedupe: `ArnPrincipal:${arn}`,
    principalAccount: accountId,
  });
}

/** The root of the consuming stack's account. */
export function accountRootPrincipal(): FixedPrincipal {
  const account = stackAccountToken();
  const arn = accountRootArnToken(account);
  return new FixedPrincipal({
    fragment: () => new PrincipalPolicyFragment({ AWS: [arn] }),
    description: 'AccountRootPrincipal()',
    dedupe: `ArnPrincipal:${arn}`,
    principalAccount: account,
  });
}

/** `{ AWS: '*' }`. */
export function anyPrincipal(): FixedPrincipal {
  return new FixedPrincipal({
    fragment: () => new PrincipalPolicyFragment({ AWS: ['*'] }),
    description: 'AnyPrincipal()',
    dedupe: 'ArnPrincipal:*',
  });
}

/** `{ Service: 'lambda.amazonaws.com' }`, standardised in the consuming stack. */
export function servicePrincipal(service: string, opts: ServicePrincipalOpts = {}): FixedPrincipal {
  return new FixedPrincipal({
    fragment: () => new PrincipalPolicyFragment({ Service: [servicePrincipalNameToken(service, opts.region)] }, opts.conditions),
    description: `ServicePrincipal(${service})`,
    dedupe: `ServicePrincipal:${service}:${JSON.stringify(opts)}`,
  });
}

/** `{ Federated: provider }` with the conditions the federation requires. */
export function federatedPrincipal(federated: any, conditions: { [key: string]: any } = {},
  assumeRoleAction = 'sts:AssumeRole'): FixedPrincipal {
  return new FixedPrincipal({
    fragment: () => new PrincipalPolicyFragment({ Federated: [federated] }, conditions),
    description: `FederatedPrincipal(${federated})`,
    dedupe: `FederatedPrincipal:${federated}:${assumeRoleAction}:${JSON.stringify(conditions)}`,
    assumeRoleAction,
  });
}

/** `{ CanonicalUser: id }`. */
export function canonicalUserPrincipal(canonicalUserId: string): FixedPrincipal {
  return new FixedPrincipal({
    fragment: () => new PrincipalPolicyFragment({ CanonicalUser: [canonicalUserId] }),
    description: `CanonicalUserPrincipal(${canonicalUserId})`,
    dedupe: `CanonicalUserPrincipal:${canonicalUserId}`,
  });
}

/**
 * A principal read from policy JSON: `"*"` or `{ "AWS": ..., "Service": ... }` exactly as written.
 */
export function jsonPrincipal(json: unknown): FixedPrincipal {
  const principalJson = typeof json === 'string' ? { [LITERAL_STRING_KEY]: [json] } : json;
  if (typeof principalJson !== 'object' || principalJson === null || Array.isArray(principalJson)) {
    throw new IamError(undefined, 'InvalidPolicyJson',
      `JSON IAM principal should be an object, got ${JSON.stringify(json)}; write "*" or an object such as { "AWS": "arn:aws:iam::123456789012:root" }`);
  }
  const fragment = new PrincipalPolicyFragment(principalJson as { [key: string]: string[] });
  return new FixedPrincipal({
    fragment: () => fragment,
    description: JSON.stringify(principalJson),
    dedupe: JSON.stringify({ principalJson, conditions: {} }),
  });
}
