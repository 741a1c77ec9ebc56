import { Fn } from 'aws-cdk-lib';
import { newStack } from './harness';
import { ServicePrincipal } from '../../src/principals';

describe('ServicePrincipal', () => {
  test.each([
    ['lambda', 'lambda.amazonaws.com'],
    ['lambda.amazonaws.com', 'lambda.amazonaws.com'],
    ['states.amazonaws.com.cn', 'states.amazonaws.com'],
    ['ec2.c2s.ic.gov', 'ec2.amazonaws.com'],
    ['ec2.sc2s.sgov.gov', 'ec2.amazonaws.com'],
    ['logs.us-east-1.amazonaws.com', 'logs.us-east-1.amazonaws.com'],
  ])('renders %s as %s', (service, expected) => {
    const stack = newStack({ account: '222222222222', region: 'cn-north-1' });
    expect(stack.resolve(new ServicePrincipal(service).policyFragment.principalJson)).toEqual({ Service: [expected] });
    expect(stack.resolve(ServicePrincipal.servicePrincipalName(service))).toEqual(expected);
  });

  test('renders the regional name for an opt-in region used from another region', () => {
    const stack = newStack({ account: '111111111111', region: 'us-east-1' });
    const principal = new ServicePrincipal('sns.amazonaws.com', { region: 'af-south-1' });
    expect(stack.resolve(principal.policyFragment.principalJson)).toEqual({ Service: ['sns.af-south-1.amazonaws.com'] });
  });

  test.each([
    ['the opt-in region of the stack itself', 'af-south-1', 'af-south-1'],
    ['a region that is not opt-in', 'us-east-1', 'us-west-2'],
    ['a token region', 'us-east-1', Fn.importValue('Region')],
  ])('renders the global name for %s', (_name, stackRegion, region) => {
    const stack = newStack({ account: '111111111111', region: stackRegion });
    const principal = new ServicePrincipal('sns.amazonaws.com', { region });
    expect(stack.resolve(principal.policyFragment.principalJson)).toEqual({ Service: ['sns.amazonaws.com'] });
  });

  test('carries the conditions given in the options', () => {
    const conditions = { StringEquals: { 'aws:SourceAccount': '123456789012' } };
    const principal = new ServicePrincipal('s3.amazonaws.com', { conditions });
    expect(principal.policyFragment.conditions).toEqual(conditions);
    expect(new ServicePrincipal('s3').policyFragment.conditions).toEqual({});
  });

  test('fromStaticServicePrincipleName renders the name exactly as given', () => {
    const stack = newStack({ account: '111111111111', region: 'us-east-1' });
    const principal = ServicePrincipal.fromStaticServicePrincipleName('elasticmapreduce.amazonaws.com.cn');
    expect(principal).toBeInstanceOf(ServicePrincipal);
    expect(principal.service).toEqual('elasticmapreduce.amazonaws.com.cn');
    expect(stack.resolve(principal.policyFragment.principalJson)).toEqual({ Service: ['elasticmapreduce.amazonaws.com.cn'] });
  });

  test('describes itself by the name it was given', () => {
    expect(new ServicePrincipal('lambda').toString()).toEqual('ServicePrincipal(lambda)');
    expect(JSON.stringify(new ServicePrincipal('lambda'))).toMatch(/^\{"Service":\["\$\{Token\[lambda\.\d+\]\}"\]\}$/);
  });
});
