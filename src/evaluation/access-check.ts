import { AccessCheckResult } from './access-check-result';
import { Subject, readSubject, renderDocument } from './adapter';
import { isUnresolved } from '../core';
import type { PolicyDocument } from '../policy/policy-document';
import type { IGrantable } from '../policy/principal';
import { DiagnosticData, EvalPolicy, evaluate } from './private/engine';
import { valText, toVal } from './private/values';

/**
 * What else is in effect for an access check.
 */
export interface AccessCheckOptions {
  /**
   * Request context keys and their values, e.g. `{ 'aws:SourceIp': ['203.0.113.7'] }`.
   *
   * Keys the principal implies (`aws:PrincipalArn`, `aws:PrincipalAccount`,
   * `aws:PrincipalType`, `aws:username` for users) are filled in unless given here. Time and
   * network keys (`aws:CurrentTime`, `aws:SourceIp`, `aws:SecureTransport`) are never invented.
   *
   * @default - only the keys the principal implies
   */
  readonly context?: { [key: string]: string[] };

  /**
   * The resource-based policy of the resource (bucket policy, key policy, queue policy, ...).
   *
   * @default - the resource-policy statements that grants of this app wrote for the principal
   */
  readonly resourcePolicy?: PolicyDocument;

  /**
   * Session policies of the role session (they limit the identity-based permissions).
   *
   * @default - no session policies
   */
  readonly sessionPolicies?: PolicyDocument[];

  /**
   * Service control policies in effect for the principal's account, evaluated together as one
   * level of the organization: something must allow the action and nothing may deny it.
   *
   * @default - no SCPs (the account is not limited by an organization)
   */
  readonly serviceControlPolicies?: PolicyDocument[];

  /**
   * The account that owns the resource, when the resource ARN does not say (S3 ARNs have no
   * account). When it differs from the principal's account, the resource policy must allow too.
   *
   * @default - the account in the resource ARN, else the principal's account
   */
  readonly resourceAccount?: string;
}

/**
 * Offline answers to "may this principal do this action on this resource?".
 *
 * Reads the policies this app defines for the principal (inline, customer managed, the
 * permissions boundary, and resource-policy statements written by grants) and applies the
 * IAM policy evaluation logic. AWS managed policies and imported documents are not visible:
 * the result then carries a warning diagnostic.
 *
 * One `AccessCheck` may answer many questions: it renders the principal's documents once and
 * renders them again when a policy or statement is added. A statement changed in place after
 * a check (e.g. `statement.addActions(...)` on a statement already added) is seen by a new
 * `AccessCheck.of(...)`, not by an existing one.
 *
 * @example
 * const result = AccessCheck.of(role).can('s3:GetObject', bucket.arnForObjects('reports/*'));
 * result.decision; // Decision.ALLOW
 */
export class AccessCheck {
  /**
   * Check a principal or grantable (a Role, User, Group of this library, or any IGrantable).
   *
   * @param grantable the principal to check
   */
  public static of(grantable: IGrantable): AccessCheck {
    return new AccessCheck(grantable);
  }

  private subject?: Subject;

  private constructor(private readonly grantable: IGrantable) {
  }

  /**
   * Decide whether the principal may perform `action` on `resource`.
   *
   * Never throws for policy content: malformed policies are skipped with a diagnostic.
   *
   * @param action the action, e.g. `s3:GetObject`
   * @param resource the resource ARN (may contain tokens)
   * @param options context keys and other policies in effect
   */
  public can(action: string, resource: string, options: AccessCheckOptions = {}): AccessCheckResult {
    const subject = this.subject = readSubject(this.grantable, this.subject);
    // diagnostics of the documents passed in the options come after the subject's own
    const extra: DiagnosticData[] = subject.diagnostics.slice();
    const docs = (kind: EvalPolicy['kind'], list: PolicyDocument[] | undefined, name: string): EvalPolicy[] =>
      (list ?? []).flatMap((doc, i) => {
        const source = `${name}[${i}]`;
        const document = renderDocument(doc, subject.resolve, source, extra);
        return document === undefined ? [] : [{ kind, source, document }];
      });
    const resourcePolicies = options.resourcePolicy
      ? docs('resource', [options.resourcePolicy], 'options.resourcePolicy')
      : subject.grantResourcePolicies;
    const resolvedResource = resolveIfToken(subject, resource);
    const result = evaluate({
      identity: subject.identity,
      boundary: subject.boundary,
      resource: resourcePolicies,
      session: options.sessionPolicies ? docs('session', options.sessionPolicies, 'options.sessionPolicies') : NONE,
      scpLevels: options.serviceControlPolicies ? [docs('scp', options.serviceControlPolicies, 'options.serviceControlPolicies')] : NO_LEVELS,
    }, {
      principal: subject.principal,
      action,
      resource: resolvedResource,
      context: resolveContext(subject, options.context),
      resourceAccount: options.resourceAccount === undefined ? undefined : resolveIfToken(subject, options.resourceAccount),
    });
    return AccessCheckResult._fromEngine(subject.label, action, displayText(resolvedResource, resource), result, extra);
  }
}

/** Shared empty inputs (the engine only reads them). */
const NONE: EvalPolicy[] = [];
const NO_LEVELS: EvalPolicy[][] = [];

function resolveContext(subject: Subject, context: { [key: string]: string[] } | undefined): { [key: string]: unknown } | undefined {
  if (!context) { return undefined; }
  // without tokens the caller's object is handed over as is: the engine only reads it, during this call
  if (!hasToken(context)) { return context; }
  const out: { [key: string]: unknown } = {};
  for (const [key, values] of Object.entries(context)) { out[key] = (values ?? []).map(v => resolveIfToken(subject, v)); }
  return out;
}

function hasToken(context: { [key: string]: string[] }): boolean {
  for (const key in context) {
    const values = context[key];
    if (!Array.isArray(values)) { return true; } // left to the copy, which reads it as before
    for (let i = 0; i < values.length; i++) { if (isUnresolved(values[i])) { return true; } }
  }
  return false;
}

/** Resolving is costly: only values with tokens need it. */
function resolveIfToken(subject: Subject, v: unknown): unknown {
  return isUnresolved(v) ? subject.resolve(v) : v;
}

function displayText(resolved: unknown, original: string): string {
  const v = toVal(resolved);
  return v === undefined ? original : valText(v);
}
