import { CfnResourceJson, templateTargets } from './cfn-targets';
import { EngineOptions, validateAll } from './engine';
import type { Finding } from './finding';

/**
 * The findings of a CloudFormation template's IAM resources. A finding's `path` is the logical id
 * of its resource. Used by the policy validation plugin and the CLI.
 */
export function findingsOfTemplate(resources: Record<string, CfnResourceJson>, options: EngineOptions = {}): Finding[] {
  return validateAll(templateTargets(resources, (id) => id), options);
}
