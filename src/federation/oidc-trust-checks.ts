import { Annotations, AspectPriority, Aspects, aws_iam as cdk_iam, CfnResource, IAspect, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { formatIamMessage } from '../core';
import {
  federatedValues, FederatedKind, githubSubjects, hasAudienceCondition, isAnyOwnerSubject, isGithubIssuer,
  isWebIdentityTrust, joinedLiteral, kindOfLiteral, referencedLogicalId,
} from './private/trust-statements';

const ENABLED = Symbol.for('cdk-iam-kit.OidcTrustChecks.enabled');
const CHECKED = new WeakSet<IConstruct>();
const OIDC_RESOURCE_TYPES = new Set(['AWS::IAM::OIDCProvider', 'Custom::AWSCDKOpenIdConnectProvider']);
const ISSUERS = new WeakMap<IConstruct, string>();

/**
 * Checks the trust policies of IAM roles (of this library and of aws-cdk-lib) that let an OpenID
 * Connect provider's users in with `sts:AssumeRoleWithWebIdentity`.
 *
 * - No condition on the token audience (a key ending in `:aud`): warning
 *   `cdk-iam-kit:OidcTrustWithoutAud` (acknowledge it with
 *   `Annotations.of(role).acknowledgeWarning('cdk-iam-kit:OidcTrustWithoutAud')`).
 * - A GitHub Actions provider without a `sub` condition, or with a `sub` pattern that matches any
 *   owner (such as `*`, `repo:*` or `repo:org-*`): error `[GithubTrustWithoutSub]` / `[GithubTrustAnyOwner]`,
 *   which fails synthesis: any GitHub repository could assume the role.
 *
 * The provider constructs of this library turn the checks on for their app; add the Aspect
 * yourself to check roles trusting providers this library did not create (with the read-only
 * priority: the check resolves trust policies, so it must run after aspects that change them).
 *
 * A provider is recognised by a literal `...:oidc-provider/...` ARN or by a reference to an
 * `AWS::IAM::OIDCProvider` or `Custom::AWSCDKOpenIdConnectProvider` resource in the same stack;
 * values known only at deployment are not judged.
 *
 * @example
 * Aspects.of(app).add(new OidcTrustChecks(), { priority: AspectPriority.READONLY });
 */
export class OidcTrustChecks implements IAspect {
  /**
   * Turn the checks on for the app (the construct tree root) that `scope` belongs to. Idempotent.
   *
   * @param scope any construct of the app
   */
  public static enable(scope: IConstruct): void {
    const root = scope.node.root as any;
    if (root[ENABLED]) { return; }
    root[ENABLED] = true;
    // Read-only: after the aspects that change trust policies.
    Aspects.of(scope.node.root).add(new OidcTrustChecks(), { priority: AspectPriority.READONLY });
  }

  /**
   * Record the issuer of a provider resource, so roles referring to it can be recognised as
   * trusting GitHub Actions.
   *
   * @internal
   */
  public static _registerIssuer(resource: IConstruct, issuerUrl: string): void {
    ISSUERS.set(resource, issuerUrl);
  }

  /**
   * Check one construct: only `AWS::IAM::Role` resources are read.
   *
   * @param node the construct visited
   */
  public visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node) || node.cfnResourceType !== 'AWS::IAM::Role' || CHECKED.has(node)) { return; }
    CHECKED.add(node);
    const stack = Stack.of(node);
    const document = stack.resolve((node as cdk_iam.CfnRole).assumeRolePolicyDocument);
    const statements: unknown[] = Array.isArray(document?.Statement) ? document.Statement : [];
    const target = node.node.id === 'Resource' && node.node.scope ? node.node.scope : node;
    for (const statement of statements) {
      if (!isWebIdentityTrust(statement)) { continue; }
      const kinds = federatedValues(statement).map(v => kindOf(stack, v));
      if (!kinds.some(k => k !== FederatedKind.OTHER)) { continue; }
      if (!hasAudienceCondition(statement)) {
        Annotations.of(target).addWarningV2('cdk-iam-kit:OidcTrustWithoutAud', formatIamMessage('OidcTrustWithoutAud',
          'the trust policy lets an OpenID Connect provider\'s tokens in without a condition on their audience; '
          + 'add a condition such as { StringEquals: { \'<issuer>:aud\': \'<client id>\' } } to the OpenIdConnectPrincipal'));
      }
      if (kinds.includes(FederatedKind.GITHUB)) {
        checkGithubSubject(target, statement);
      }
    }
  }
}

function checkGithubSubject(target: IConstruct, statement: unknown): void {
  const subjects = githubSubjects(statement);
  if (subjects === undefined) {
    Annotations.of(target).addError(formatIamMessage('GithubTrustWithoutSub',
      'the trust policy lets GitHub Actions tokens in without a condition on \'token.actions.githubusercontent.com:sub\', '
      + 'so any GitHub repository can assume the role; restrict it, e.g. with GithubActionsPrincipal'));
    return;
  }
  const open = subjects.find(isAnyOwnerSubject);
  if (open !== undefined) {
    Annotations.of(target).addError(formatIamMessage('GithubTrustAnyOwner',
      `the GitHub 'sub' condition '${String(open)}' matches repositories of any owner, so any GitHub repository can assume the role; `
      + 'name the owner, e.g. \'repo:my-org/my-repo:*\''));
  }
}

function kindOf(stack: Stack, value: unknown): FederatedKind {
  if (typeof value === 'string') { return kindOfLiteral(value); }
  const logicalId = referencedLogicalId(value);
  if (logicalId !== undefined) {
    const resource = findResource(stack, logicalId);
    if (!resource || !OIDC_RESOURCE_TYPES.has(resource.cfnResourceType)) { return FederatedKind.OTHER; }
    return isGithubIssuer(issuerOf(stack, resource) ?? '') ? FederatedKind.GITHUB : FederatedKind.OIDC;
  }
  const joined = joinedLiteral(value);
  return joined !== undefined ? kindOfLiteral(joined) : FederatedKind.OTHER;
}

function issuerOf(stack: Stack, resource: CfnResource): string | undefined {
  const registered = ISSUERS.get(resource);
  if (registered !== undefined) { return registered; }
  const url = resource instanceof cdk_iam.CfnOIDCProvider ? stack.resolve(resource.url) : undefined;
  return typeof url === 'string' ? url : undefined;
}

const RESOURCES_BY_ID = new WeakMap<Stack, Map<string, CfnResource>>();

/** The stack's resource with that logical ID; the index is rebuilt once on a miss. */
function findResource(stack: Stack, logicalId: string): CfnResource | undefined {
  let index = RESOURCES_BY_ID.get(stack);
  if (!index || !index.has(logicalId)) {
    index = new Map();
    for (const child of stack.node.findAll()) {
      if (CfnResource.isCfnResource(child) && Stack.of(child) === stack) {
        index.set(stack.resolve(child.logicalId), child);
      }
    }
    RESOURCES_BY_ID.set(stack, index);
  }
  return index.get(logicalId);
}
