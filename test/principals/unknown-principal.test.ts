import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { newStack } from './harness';
import { PolicyDocument, PolicyStatement } from '../../src/policy';
import { CompositePrincipal, ServicePrincipal, UnknownPrincipal } from '../../src/principals';
import { addPrincipalToAssumeRole } from '../../src/principals/private/assume-role';

describe('UnknownPrincipal', () => {
  test('records a statement added to it as a warning on the resource', () => {
    // GIVEN
    const stack = newStack();
    const resource = new Construct(stack, 'ImportedFunction');
    const principal = new UnknownPrincipal({ resource });

    // WHEN
    const result = principal.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }));

    // THEN
    expect(result.statementAdded).toBe(true);
    expect(result.policyDependable).toBeDefined();
    Annotations.fromStack(stack).hasWarning('/Stack/ImportedFunction',
      Match.stringLikeRegexp('Add statement to this resource\'s role: .*s3:GetObject.*cdk-iam-kit:unknownPrincipalAddStatementToRole'));
  });

  test('is its own grant principal and reports addToPolicy as added', () => {
    const stack = newStack();
    const principal = new UnknownPrincipal({ resource: new Construct(stack, 'R') });
    expect(principal.grantPrincipal).toBe(principal);
    expect(principal.assumeRoleAction).toEqual('sts:AssumeRole');
    expect(principal.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }))).toBe(true);
  });

  test('throws when it is written into a statement', () => {
    const stack = newStack();
    const principal = new UnknownPrincipal({ resource: new Construct(stack, 'R') });
    expect(() => principal.policyFragment).toThrow(/\[UnknownPrincipalPolicyFragment\].*\(at 'Stack\/R'\)/);
    expect(() => new PolicyStatement({ actions: ['s3:GetObject'], principals: [principal] })).toThrow(/\[UnknownPrincipalPolicyFragment\]/);
  });

  test('throws when a role is to be assumed by it, alone or in a composite', () => {
    const stack = newStack();
    const principal = new UnknownPrincipal({ resource: new Construct(stack, 'R') });
    expect(() => addPrincipalToAssumeRole(principal, new PolicyDocument())).toThrow(/\[UnknownPrincipalPolicyFragment\]/);
    expect(() => new CompositePrincipal(new ServicePrincipal('ec2'), principal).addToAssumeRolePolicy(new PolicyDocument()))
      .toThrow(/\[UnknownPrincipalPolicyFragment\]/);
  });
});
