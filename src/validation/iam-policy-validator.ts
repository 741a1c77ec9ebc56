import { CfnResourceJson } from './cfn-targets';
import { formatFinding, validate } from './engine';
import type { Finding, Severity } from './finding';
import type { IamLimits } from './limits';
import { ALL_RULES } from './rules';
import type { TargetKind, DocumentKind } from './target';
import { findingsOfTemplate } from './template-validation';

/**
 * What one validation rule checks.
 */
export interface ValidationRuleInfo {
  /** The stable rule id, e.g. `UnknownAction`. */
  readonly id: string;
  /** The default severity. */
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly description: string;
  /** Why it matters and what IAM does. */
  readonly explanation: string;
}
import type { PolicyDocument } from '../policy/policy-document';

/** Which kind of policy a document is, which decides the grammar and the size quota. */
export enum PolicyDocumentKind {
  /** An inline identity-based policy (no size quota of its own: IAM counts the identity's aggregate). */
  INLINE = 'inline',
  /** A customer managed policy (6,144 characters). */
  MANAGED = 'managed',
  /** A role trust policy (2,048 characters by default). */
  TRUST = 'trust',
  /** A resource-based policy (bucket, queue, topic, key...). */
  RESOURCE = 'resource',
}

/**
 * Options for validating one policy document.
 */
export interface PolicyDocumentValidationOptions {
  /**
   * The kind of policy.
   *
   * @default PolicyDocumentKind.INLINE
   */
  readonly kind?: PolicyDocumentKind;

  /**
   * IAM quotas to use instead of the defaults.
   *
   * @default - the IAM default quotas
   */
  readonly limits?: IamLimits;

  /**
   * The path reported in findings.
   *
   * @default 'PolicyDocument'
   */
  readonly path?: string;
}

const KINDS: Record<PolicyDocumentKind, [TargetKind, DocumentKind]> = {
  [PolicyDocumentKind.INLINE]: ['inline-policy', 'identity'],
  [PolicyDocumentKind.MANAGED]: ['managed-policy', 'identity'],
  [PolicyDocumentKind.TRUST]: ['role', 'trust'],
  [PolicyDocumentKind.RESOURCE]: ['resource-policy', 'resource'],
};

/**
 * Validate IAM policies and templates offline, without constructs.
 *
 * @example
 * const findings = IamPolicyValidator.validateTemplate(JSON.parse(fs.readFileSync('cdk.out/MyStack.template.json', 'utf-8')));
 */
export class IamPolicyValidator {
  /**
   * The findings for the IAM resources of a CloudFormation template (as parsed JSON). Each
   * finding's `path` is the logical id of its resource.
   *
   * @param template the template, e.g. the parsed `cdk.out/<Stack>.template.json`
   * @param limits IAM quotas to use instead of the defaults
   */
  public static validateTemplate(template: any, limits?: IamLimits): Finding[] {
    const resources: Record<string, CfnResourceJson> = (template && typeof template === 'object' && template.Resources) || {};
    return findingsOfTemplate(resources, { limits });
  }

  /**
   * The findings for one policy document. Values not known before deploy (tokens) are skipped or
   * bounded, never rejected.
   *
   * @param document the document
   * @param options kind of policy, quotas, path
   */
  public static validateDocument(document: PolicyDocument, options: PolicyDocumentValidationOptions = {}): Finding[] {
    return IamPolicyValidator.validateDocumentJson(document.toJSON(), options);
  }

  /**
   * The findings for one policy document given as IAM JSON.
   *
   * @param json the document, e.g. `{ Version: '2012-10-17', Statement: [...] }`
   * @param options kind of policy, quotas, path
   */
  public static validateDocumentJson(json: any, options: PolicyDocumentValidationOptions = {}): Finding[] {
    const [kind, documentKind] = KINDS[options.kind ?? PolicyDocumentKind.INLINE];
    return validate(
      { kind, path: options.path ?? 'PolicyDocument', documents: [{ kind: documentKind, document: json, location: 'Document' }] },
      { limits: options.limits },
    );
  }

  /**
   * Every rule the validator runs, in report order.
   */
  public static rules(): ValidationRuleInfo[] {
    return ALL_RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description, explanation: r.explanation }));
  }

  /**
   * Render a finding on one line: `[RuleId] message (statement n 'Sid'); fix`.
   *
   * @param finding the finding
   */
  public static formatFinding(finding: Finding): string {
    return formatFinding(finding);
  }

  private constructor() {}
}
