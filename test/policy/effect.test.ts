import * as cdkIam from 'aws-cdk-lib/aws-iam';
import { Effect } from '../../src/policy';

describe('Effect', () => {
  test('has the values of aws-cdk-lib and of the IAM JSON', () => {
    expect(Effect.ALLOW).toEqual(cdkIam.Effect.ALLOW);
    expect(Effect.DENY).toEqual(cdkIam.Effect.DENY);
    expect(Object.values(Effect)).toEqual(['Allow', 'Deny']);
  });
});
