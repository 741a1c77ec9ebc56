import { CfnResourceJson } from './cfn-targets';
import { formatFinding } from './engine';
import type { Finding } from './finding';
import type { IamLimits } from './limits';
import { findingsOfTemplate } from './template-validation';

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
   * Render a finding on one line: `[RuleId] message (statement n 'Sid'); fix`.
   *
   * @param finding the finding
   */
  public static formatFinding(finding: Finding): string {
    return formatFinding(finding);
  }

  private constructor() {}
}
