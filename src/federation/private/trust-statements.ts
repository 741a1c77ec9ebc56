// Pure reading of resolved trust policy JSON for the OIDC trust checks.

/** What a resolved `Federated` value is known to be. */
export enum FederatedKind {
  /** An IAM OIDC provider (by literal ARN or by reference to a provider resource). */
  OIDC = 'oidc',
  /** The GitHub Actions OIDC provider (also an OIDC provider). */
  GITHUB = 'github',
  /** Anything else, or not known at synthesis. */
  OTHER = 'other',
}

/** The issuer host of GitHub Actions ID tokens. */
export const GITHUB_ISSUER_HOST = 'token.actions.githubusercontent.com';

/** Classify a literal provider ARN or issuer. */
export function kindOfLiteral(value: string): FederatedKind {
  const at = value.indexOf(':oidc-provider/');
  if (at < 0) { return FederatedKind.OTHER; }
  const issuer = value.slice(at + ':oidc-provider/'.length);
  return isGithubIssuer(issuer) ? FederatedKind.GITHUB : FederatedKind.OIDC;
}

/** `token.actions.githubusercontent.com`, optionally with a GitHub Enterprise slug path. */
export function isGithubIssuer(issuer: string): boolean {
  const bare = issuer.replace(/^https:\/\//i, '').replace(/\/+$/, '').toLowerCase();
  return bare === GITHUB_ISSUER_HOST || bare.startsWith(`${GITHUB_ISSUER_HOST}/`);
}

/** The `Federated` values of a resolved statement (strings or intrinsic objects). */
export function federatedValues(statement: any): unknown[] {
  const federated = statement?.Principal?.Federated;
  if (federated === undefined) { return []; }
  return Array.isArray(federated) ? federated : [federated];
}

/** True for an Allow statement whose actions include `sts:AssumeRoleWithWebIdentity`. */
export function isWebIdentityTrust(statement: any): boolean {
  if (statement?.Effect !== 'Allow') { return false; }
  const actions = Array.isArray(statement.Action) ? statement.Action : [statement.Action];
  return actions.some((a: unknown) => typeof a === 'string' && a.toLowerCase() === 'sts:assumerolewithwebidentity');
}

/** The logical ID a `Ref` or `Fn::GetAtt` points at, if the value is one. */
export function referencedLogicalId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) { return undefined; }
  const obj = value as Record<string, unknown>;
  if (typeof obj.Ref === 'string') { return obj.Ref; }
  const getAtt = obj['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') { return getAtt[0]; }
  return undefined;
}

/** The literal pieces of an `Fn::Join` (e.g. an ARN built with `Stack.formatArn`). */
export function joinedLiteral(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) { return undefined; }
  const join = (value as Record<string, unknown>)['Fn::Join'];
  if (!Array.isArray(join) || !Array.isArray(join[1])) { return undefined; }
  return join[1].map((part: unknown) => (typeof part === 'string' ? part : '*')).join(join[0] ?? '');
}

/** Condition keys (lower case) with their values, across all operators. */
export function conditionEntries(statement: any): Array<{ key: string; values: unknown[] }> {
  const entries: Array<{ key: string; values: unknown[] }> = [];
  const condition = statement?.Condition;
  if (typeof condition !== 'object' || condition === null) { return entries; }
  for (const block of Object.values(condition)) {
    if (typeof block !== 'object' || block === null) { continue; }
    for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
      entries.push({ key: key.toLowerCase(), values: Array.isArray(value) ? value : [value] });
    }
  }
  return entries;
}

/** True when some condition key ends with `:aud` (the audience of OIDC tokens). */
export function hasAudienceCondition(statement: any): boolean {
  return conditionEntries(statement).some(e => e.key.endsWith(':aud'));
}

/** The values of the GitHub `sub` condition keys, or undefined when there is none. */
export function githubSubjects(statement: any): unknown[] | undefined {
  const subs = conditionEntries(statement).filter(e => e.key.startsWith(GITHUB_ISSUER_HOST) && e.key.endsWith(':sub'));
  return subs.length === 0 ? undefined : subs.flatMap(s => s.values);
}

/**
 * True when a GitHub `sub` pattern lets any owner's repositories in: `*`, `repo:*`, or an owner
 * part with a wildcard (`repo:*`, `repo:my*`/...). Non-string values (tokens) are not judged.
 */
export function isAnyOwnerSubject(subject: unknown): boolean {
  if (typeof subject !== 'string') { return false; }
  if (!subject.startsWith('repo:')) {
    return /^[*?]/.test(subject);
  }
  const ownerAndRest = subject.slice('repo:'.length);
  const slashAt = ownerAndRest.indexOf('/');
  const owner = slashAt >= 0 ? ownerAndRest.slice(0, slashAt) : ownerAndRest;
  return owner === '' || /[*?]/.test(owner);
}
