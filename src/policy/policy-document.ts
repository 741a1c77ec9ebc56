import { FeatureFlags, IResolvable, IResolveContext, Token } from 'aws-cdk-lib';
import { IAM_MINIMIZE_POLICIES } from 'aws-cdk-lib/cx-api';
import { IConstruct } from 'constructs';
import { IamError } from '../core';
import { PolicyStatement } from './policy-statement';
import type { ResourcePolicyValidationOptions } from './policy-statement-props';
import { minimizeStatements, splitStatements } from './private/document-minimize';
import { PolicyDocumentJson, POLICY_VERSION } from './private/policy-json';
import { PostProcessPolicyDocument, distinctThroughResolution } from './private/postprocess-document';
import { isPlainObject } from './private/statement-from-json';

const DOCUMENT_KEYS = ['Version', 'Id', 'Statement'];

/**
 * Properties for a new PolicyDocument.
 */
export interface PolicyDocumentProps {
  /**
   * Automatically assign Statement Ids to all statements.
   *
   * @default false
   */
  readonly assignSids?: boolean;

  /**
   * Initial statements to add to the policy document.
   *
   * @default - No statements
   */
  readonly statements?: PolicyStatement[];

  /**
   * Try to minimize the policy by merging statements.
   *
   * To avoid overrunning the maximum policy size, combine statements if they produce
   * the same result. Merging happens according to the following rules:
   *
   * - The Effect of both statements is the same
   * - Neither of the statements have a 'Sid'
   * - Combine Principals if the rest of the statement is exactly the same.
   * - Combine Resources if the rest of the statement is exactly the same.
   * - Combine Actions if the rest of the statement is exactly the same.
   * - We will never combine NotPrincipals, NotResources or NotActions, because doing
   *   so would change the meaning of the policy document.
   *
   * When minimizing, Action, Resource and principal lists are also sorted.
   *
   * @default - false, unless the feature flag `@aws-cdk/aws-iam:minimizePolicies` is set
   */
  readonly minimize?: boolean;
}

/**
 * A PolicyDocument is a collection of statements.
 *
 * It is an `IResolvable`: it renders when the stack is synthesized, after which its statements
 * are frozen. Statements that render to the same JSON are kept once.
 *
 * @example
 * const doc = new PolicyDocument({
 *   statements: [new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })],
 * });
 */
export class PolicyDocument implements IResolvable {
  /**
   * Creates a new PolicyDocument based on the object provided.
   *
   * This will accept an object created from the `.toJSON()` call, or a policy written by hand.
   * `Version` and `Id` are read but not kept: the document renders with Version `2012-10-17`.
   * `Statement` may be a list or (as IAM allows) a single statement.
   *
   * Throws `[InvalidPolicyJson]` on malformed input.
   *
   * @param obj the PolicyDocument in object form.
   */
  public static fromJson(obj: any): PolicyDocument {
    if (!isPlainObject(obj)) {
      throw new IamError(undefined, 'InvalidPolicyJson',
        `a policy document must be a JSON object, got ${JSON.stringify(obj)}; write it as { "Version": "2012-10-17", "Statement": [...] }`);
    }
    const unknown = Object.keys(obj).filter((k) => !DOCUMENT_KEYS.includes(k));
    if (unknown.length > 0) {
      throw new IamError(undefined, 'InvalidPolicyJson',
        `unknown key(s) ${unknown.map((k) => `'${k}'`).join(', ')} in policy document; use only ${DOCUMENT_KEYS.join(', ')}`);
    }
    if (obj.Version !== undefined && typeof obj.Version !== 'string') {
      throw new IamError(undefined, 'InvalidPolicyJson',
        `Version must be a string, got ${JSON.stringify(obj.Version)}; use "${POLICY_VERSION}"`);
    }
    const statement = obj.Statement ?? [];
    if (!Array.isArray(statement) && !isPlainObject(statement)) {
      throw new IamError(undefined, 'InvalidPolicyJson',
        `Statement must be an array, got ${JSON.stringify(statement)}; write "Statement": [{ "Effect": "Allow", ... }]`);
    }
    const statements = Array.isArray(statement) ? statement : [statement];
    return new PolicyDocument({ statements: statements.map((s) => PolicyStatement.fromJson(s)) });
  }

  /**
   * The creation stack of this resolvable which will be appended to errors
   * thrown during resolution.
   */
  public readonly creationStack: string[];
  private readonly statements = new Array<PolicyStatement>();
  private readonly autoAssignSids: boolean;
  private readonly minimize?: boolean;
  /** The statements as the last merge left them (see `isMergeFixpoint`). */
  private mergeFixpoint?: PolicyStatement[];
  /**
   * What `resolve` rendered for the current statement list (all frozen): dropped whenever the list
   * changes (`addStatements`, `replaceStatements`: the only writers of `statements`).
   */
  private resolved?: { readonly json: PolicyDocumentJson | undefined; readonly distinct: boolean };

  constructor(props: PolicyDocumentProps = {}) {
    this.creationStack = ['Token stack traces are no longer captured'];
    this.autoAssignSids = !!props.assignSids;
    this.minimize = props.minimize;
    this.addStatements(...props.statements || []);
  }

  /**
   * Produce the Token's value at resolution time.
   */
  public resolve(context: IResolveContext): any {
    // a stack resolves each document several times per synthesis (template, tree metadata,
    // references): while the statement list is the one rendered last time (all frozen then, and
    // a frozen statement never changes), freezing and rendering are skipped
    if (!this.resolved) { this.freezeStatements(); }
    this._maybeMergeStatements(context.scope);
    if (!this.resolved) {
      // the statements merging created belong to this document only: frozen now rather than at
      // the next resolution, so that they render once and the next merge can be skipped
      this.freezeStatements();
      // token resolution copies what it is given, so the rendered JSON can be shared
      const json = this.render((s) => s._renderForResolve());
      this.resolved = { json, distinct: json !== undefined && distinctThroughResolution(json.Statement) };
    }
    context.registerPostProcessor(new PostProcessPolicyDocument(this.autoAssignSids, this.shouldMerge(context.scope), this.resolved.distinct));
    return this.resolved.json;
  }

  /**
   * Whether the policy document contains any statements.
   */
  public get isEmpty(): boolean {
    return this.statements.length === 0;
  }

  /**
   * The number of statements already added to this policy.
   * Can be used, for example, to generate unique "sid"s within the policy.
   */
  public get statementCount(): number {
    return this.statements.length;
  }

  /**
   * Adds a statement to the policy document.
   *
   * @param statement the statement to add.
   */
  public addStatements(...statement: PolicyStatement[]): void {
    this.statements.push(...statement);
    this.resolved = undefined;
  }

  /**
   * Encode the policy document as a string (a token that resolves to the document).
   */
  public toString(): string {
    return Token.asString(this, { displayHint: 'PolicyDocument' });
  }

  /**
   * JSON-ify the document.
   *
   * Used when JSON.stringify() is called. Returns `undefined` when there are no statements.
   */
  public toJSON(): any {
    return this.render();
  }

  /**
   * Validate that all policy statements in the policy document satisfies the
   * requirements for any policy.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policies-json
   * @returns An array of validation error messages, or an empty array if the document is valid.
   */
  public validateForAnyPolicy(): string[] {
    return this.statements.flatMap((s) => s.validateForAnyPolicy());
  }

  /**
   * Validate that all policy statements in the policy document satisfies the
   * requirements for a resource-based policy.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policies-json
   * @returns An array of validation error messages, or an empty array if the document is valid.
   */
  public validateForResourcePolicy(options?: ResourcePolicyValidationOptions): string[] {
    return this.statements.flatMap((s) => s.validateForResourcePolicy(options));
  }

  /**
   * Validate that all policy statements in the policy document satisfies the
   * requirements for a trust policy.
   *
   * @returns An array of validation error messages, or an empty array if the document is valid.
   */
  public validateForTrustPolicy(): string[] {
    return this.statements.flatMap((s) => s.validateForTrustPolicy());
  }

  /**
   * Validate that all policy statements in the policy document satisfies the
   * requirements for an identity-based policy.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policies-json
   * @returns An array of validation error messages, or an empty array if the document is valid.
   */
  public validateForIdentityPolicy(): string[] {
    const errors = new Array<string>();
    for (const s of this.statements) { errors.push(...s.validateForIdentityPolicy()); }
    return errors;
  }

  /**
   * Perform statement merging (if enabled and not done yet).
   *
   * @internal
   */
  public _maybeMergeStatements(scope: IConstruct): void {
    if (!this.shouldMerge(scope) || this.isMergeFixpoint()) { return; }
    this.replaceStatements(minimizeStatements(this.statements, scope));
    this.mergeFixpoint = [...this.statements];
  }

  /**
   * Whether the statements are still exactly those the last merge produced, all frozen: merging
   * runs to a fixpoint and keeps unmerged statements as they are, so merging them again would
   * return the same statements (a stack resolves each document several times per synthesis).
   */
  private isMergeFixpoint(): boolean {
    const last = this.mergeFixpoint;
    if (!last || last.length !== this.statements.length) { return false; }
    return this.statements.every((s, i) => s === last[i] && s.frozen);
  }

  /**
   * Split the statements of the PolicyDocument into multiple groups, limited by their size
   * (aws-cdk-lib's `_splitDocument`, used for a role's default policy).
   *
   * Statements are merged first (fully when minimizing is on, otherwise only exact duplicates),
   * without growing a merged statement beyond aws-cdk-lib's merge size limit. Then the document
   * keeps statements while its estimated size stays below `selfMaximumSize`; the rest go into new
   * documents (same `assignSids`/`minimize` settings) of at most `splitMaximumSize` each.
   *
   * This document is modified (its statements frozen and replaced by the kept ones).
   *
   * @returns every document (this one first) mapped to the original statements it now holds
   * @internal
   */
  public _splitDocument(scope: IConstruct, selfMaximumSize: number, splitMaximumSize: number): Map<PolicyDocument, PolicyStatement[]> {
    this.freezeStatements();
    const split = splitStatements(this.statements, scope, selfMaximumSize, splitMaximumSize, this.shouldMerge(scope));
    this.replaceStatements(split.kept.statements);
    const ret = new Map<PolicyDocument, PolicyStatement[]>([[this, split.kept.originals]]);
    for (const group of split.overflow) {
      ret.set(new PolicyDocument({ ...this._props(), statements: group.statements }), group.originals);
    }
    return ret;
  }

  /**
   * The statements of this document (a copy), for the layers above (role policy splitting,
   * validation, evaluation).
   *
   * @internal
   */
  public _statements(): PolicyStatement[] {
    return [...this.statements];
  }

  /**
   * Replace the statements of this document (used when splitting an oversized document).
   *
   * @internal
   */
  public _replaceStatements(statements: PolicyStatement[]): void {
    this.replaceStatements(statements);
  }

  /**
   * Whether statements get merged in `scope`: the `minimize` prop, else the
   * `@aws-cdk/aws-iam:minimizePolicies` feature flag.
   *
   * @internal
   */
  public _shouldMerge(scope: IConstruct): boolean {
    return this.shouldMerge(scope);
  }

  /**
   * The `assignSids` and `minimize` settings, to create sibling documents with the same behaviour.
   *
   * @internal
   */
  public _props(): PolicyDocumentProps {
    return { assignSids: this.autoAssignSids, minimize: this.minimize };
  }

  private render(renderStatement: (s: PolicyStatement) => any = (s) => s.toStatementJson()): PolicyDocumentJson | undefined {
    if (this.isEmpty) { return undefined; }
    return {
      Statement: this.statements.map(renderStatement),
      Version: POLICY_VERSION,
    };
  }

  private replaceStatements(statements: PolicyStatement[]): void {
    this.statements.splice(0, this.statements.length, ...statements);
    this.resolved = undefined;
  }

  private shouldMerge(scope: IConstruct): boolean {
    return this.minimize ?? FeatureFlags.of(scope).isEnabled(IAM_MINIMIZE_POLICIES) ?? false;
  }

  private freezeStatements(): void {
    for (const statement of this.statements) {
      statement.freeze();
    }
  }
}
