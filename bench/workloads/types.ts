/*
 * A workload is one CDK program written once against the aws-iam API surface. `iam` is either
 * aws-cdk-lib's `aws_iam` or cdk-iam-kit (`../src`): the same code runs with both, which is the
 * point of the comparison (and of the library: changing the import is the whole migration).
 */
import type { Stack } from 'aws-cdk-lib';

/** Either `require('aws-cdk-lib').aws_iam` or `require('../src')`; typed loosely on purpose. */
export type IamModule = any;

/** Parameters of a workload run (sizes, flags), passed from the runner to the child as JSON. */
export interface WorkloadParams {
  readonly [key: string]: number | boolean | string;
}

export interface Workload {
  /** Stable id, used on the command line of the child process. */
  readonly id: string;
  /**
   * Rules of our validator reported as warnings instead of errors on this workload (set through
   * the public `IamValidator.of(app).setSeverity` API; the validator still runs and is timed).
   * For synthetic workloads whose output is undeployable on both sides by design (a role with
   * more than 20 managed policies), which aws-cdk-lib synthesizes without complaint.
   */
  readonly relaxedRules?: string[];
  /** Feature flags (CDK context) the app needs, e.g. minimizePolicies. */
  context?(params: WorkloadParams): Record<string, unknown>;
  /** Build the construct tree into `stack`. */
  build(iam: IamModule, stack: Stack, params: WorkloadParams): void;
}

/** Real-looking actions, so that merging has work and the validator knows them. */
export const ACTIONS = [
  's3:GetObject', 's3:PutObject', 's3:DeleteObject', 'sqs:SendMessage', 'sqs:ReceiveMessage',
  'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'sns:Publish', 'kms:Decrypt',
];

/** A resource ARN of the service of `action`, distinct for each `i`. */
export function resourceFor(action: string, i: number): string {
  switch (action.split(':')[0]) {
    case 's3': return `arn:aws:s3:::bench-bucket-${i}/*`;
    case 'sqs': return `arn:aws:sqs:us-east-1:123456789012:bench-queue-${i}`;
    case 'dynamodb': return `arn:aws:dynamodb:us-east-1:123456789012:table/bench-table-${i}`;
    case 'sns': return `arn:aws:sns:us-east-1:123456789012:bench-topic-${i}`;
    default: return `arn:aws:kms:us-east-1:123456789012:key/bench-key-${i}`;
  }
}
