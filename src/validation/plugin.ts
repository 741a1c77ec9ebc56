import * as fs from 'fs';
import type {
  IPolicyValidationContextBeta1, IPolicyValidationPluginBeta1, PolicyValidationPluginReportBeta1, PolicyViolationBeta1,
} from 'aws-cdk-lib';
import { CfnResourceJson, templateTargets } from './cfn-targets';
import { referenceSource } from './data/reference';
import { validate } from './engine';
import { Severity } from './finding';
import type { IamLimits } from './limits';
import { ValidationMemo } from './private/validation-memo';
import { ALL_RULES, ruleById } from './rules';
import { _treeOptionsForTemplate } from './synth-adapter';

/**
 * Options of the IAM validation plugin.
 */
export interface IamValidationPluginProps {
  /**
   * IAM quotas to use instead of the defaults.
   *
   * @default - the IAM default quotas
   */
  readonly limits?: IamLimits;

  /**
   * Rule ids reported as errors (the synth fails on them), in addition to the rules that are
   * errors by default.
   *
   * @default - none
   */
  readonly errorRules?: string[];

  /**
   * Rule ids reported as warnings instead of their default severity.
   *
   * @default - none
   */
  readonly warningRules?: string[];

  /**
   * Rule ids not run at all.
   *
   * @default - every rule runs
   */
  readonly disabledRules?: string[];
}

/**
 * A CDK policy validation plugin that validates the IAM resources of every template of the
 * assembly, including apps written with aws-cdk-lib's own iam module.
 *
 * @example
 * const app = new App({ policyValidationBeta1: [new IamValidationPlugin()] });
 */
export class IamValidationPlugin implements IPolicyValidationPluginBeta1 {
  /** The plugin name shown in the validation report. */
  public readonly name: string = 'cdk-iam-kit';
  /** The version of the IAM service reference data the rules use. */
  public readonly version?: string;
  /** The ids of the rules the plugin runs. */
  public readonly ruleIds?: string[];
  private readonly props: IamValidationPluginProps;

  /**
   * @param props options
   */
  constructor(props: IamValidationPluginProps = {}) {
    this.props = props;
    this.version = `1.0.0+iam-data.${referenceSource().version}`;
    this.ruleIds = ALL_RULES.map((r) => r.id).filter((id) => !(props.disabledRules ?? []).includes(id));
  }

  /**
   * Validate the templates of the assembly.
   *
   * @param context the templates to validate
   */
  public validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const severities: Record<string, Severity | 'off'> = {};
    for (const id of this.props.warningRules ?? []) { severities[id] = Severity.WARNING; }
    for (const id of this.props.errorRules ?? []) { severities[id] = Severity.ERROR; }
    for (const id of this.props.disabledRules ?? []) { severities[id] = 'off'; }
    const violations: PolicyViolationBeta1[] = [];
    for (const templatePath of context.templatePaths) {
      const template = JSON.parse(fs.readFileSync(templatePath, 'utf-8'));
      const resources: Record<string, CfnResourceJson> = template.Resources ?? {};
      // IamValidator.of(scope) settings made in the app apply here too, closer to the resource than the plugin's
      const tree = _treeOptionsForTemplate(context.appConstruct, templatePath);
      // the template is parsed for this validation and only read: one memo for its targets
      const memo = new ValidationMemo();
      const findings = templateTargets(resources, (id) => id).flatMap((target) => {
        const local = tree.get(target.path);
        const found = validate(target, {
          severities: { ...severities, ...local?.severities },
          limits: { ...this.props.limits, ...local?.limits },
          memo,
        });
        return found.filter((f) => !local?.acknowledged.has(f.ruleId));
      });
      for (const f of findings) {
        const logicalId = f.path;
        violations.push({
          ruleName: f.ruleId,
          description: `${f.message}${f.statementIndex !== undefined ? ` (statement ${f.statementIndex}${f.sid ? ` '${f.sid}'` : ''})` : ''}`,
          fix: f.fix,
          severity: f.severity,
          violatingResources: [{ resourceLogicalId: logicalId, templatePath, locations: [f.location ?? 'Properties'] }],
          ruleMetadata: { explanation: ruleById(f.ruleId)?.explanation ?? '' },
        });
      }
    }
    return {
      success: !violations.some((v) => v.severity === Severity.ERROR),
      violations,
      pluginVersion: this.version,
    };
  }
}
