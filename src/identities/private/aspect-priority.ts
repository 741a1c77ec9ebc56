import { AspectPriority, cx_api, FeatureFlags } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * The priority aws-cdk-lib gives its own mutating aspects (e.g. the role policy splitter):
 * `AspectPriority.MUTATING` when `@aws-cdk/core:aspectPrioritiesMutating` is on, else the default.
 */
export function mutatingAspectPriority(scope: IConstruct): number {
  return FeatureFlags.of(scope).isEnabled(cx_api.ASPECT_PRIORITIES_MUTATING)
    ? AspectPriority.MUTATING
    : AspectPriority.DEFAULT;
}
