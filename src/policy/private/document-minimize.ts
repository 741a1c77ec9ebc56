import { IConstruct } from 'constructs';
import { IamError } from '../../core';
import type { PolicyStatement } from '../policy-statement';

/*
 * The one call site of statement merging (PolicyDocument minimize). The merge algorithm itself
 * lives in ./merge (merge-helper); this file adapts its result to the document.
 */

/** The statements of a document after merging (aws-cdk-lib's mergeStatements rules). */
export function minimizeStatements(_statements: PolicyStatement[], scope: IConstruct): PolicyStatement[] {
  throw new IamError(scope, 'MinimizeUnavailable', 'statement merging is not wired yet; set minimize: false');
}
