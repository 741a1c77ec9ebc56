import * as cdkIam from 'aws-cdk-lib/aws-iam';
import {
  accountRootArnToken, currentAccountRootArnToken, isOptInRegion, servicePrincipalNameFor,
  servicePrincipalNameToken, stackAccountToken, standardServicePrincipalName,
} from '../../../src/policy/private/service-principal-name';
import { resolveInStack } from '../differential';

const SERVICES = [
  'lambda', 'lambda.amazonaws.com', 'ec2.amazonaws.com.cn', 'elasticmapreduce.amazonaws.com.cn',
  's3.c2s.ic.gov', 's3.sc2s.sgov.gov', 'states.us-east-1.amazonaws.com', 'logs.eu-west-1.amazonaws.com',
  'custom.example.com', 'cognito-identity.amazonaws.com',
];
const REGIONS = [undefined, 'us-east-1', 'af-south-1', 'me-south-1', 'cn-north-1', 'us-gov-west-1'];

describe('service principal names', () => {
  test('standardServicePrincipalName folds the legacy partition suffixes', () => {
    expect(standardServicePrincipalName('lambda')).toEqual('lambda.amazonaws.com');
    expect(standardServicePrincipalName('ec2.amazonaws.com.cn')).toEqual('ec2.amazonaws.com');
    expect(standardServicePrincipalName('s3.c2s.ic.gov')).toEqual('s3.amazonaws.com');
    expect(standardServicePrincipalName('s3.sc2s.sgov.gov')).toEqual('s3.amazonaws.com');
    expect(standardServicePrincipalName('states.us-east-1.amazonaws.com')).toEqual('states.us-east-1.amazonaws.com');
  });

  test('isOptInRegion follows the region database', () => {
    expect(isOptInRegion('af-south-1')).toBe(true);
    expect(isOptInRegion('us-east-1')).toBe(false);
  });

  test('servicePrincipalNameFor is regional only for an explicit opt-in region different from the stack region', () => {
    expect(servicePrincipalNameFor('lambda', 'us-east-1', 'af-south-1')).toEqual('lambda.af-south-1.amazonaws.com');
    expect(servicePrincipalNameFor('lambda', 'af-south-1', 'af-south-1')).toEqual('lambda.amazonaws.com');
    expect(servicePrincipalNameFor('lambda', 'us-east-1', 'us-west-2')).toEqual('lambda.amazonaws.com');
    expect(servicePrincipalNameFor('lambda', 'us-east-1')).toEqual('lambda.amazonaws.com');
  });

  test.each(REGIONS)('servicePrincipalNameToken resolves like aws-cdk-lib ServicePrincipal in a stack in %s', (stackRegion) => {
    const env = stackRegion ? { region: stackRegion } : undefined;
    for (const service of SERVICES) {
      for (const requested of REGIONS) {
        const expected = resolveInStack(new cdkIam.ServicePrincipal(service, { region: requested }).policyFragment.principalJson.Service[0], { env });
        expect(resolveInStack(servicePrincipalNameToken(service, requested), { env })).toEqual(expected);
      }
    }
  });

  test('the token shows the service as its display hint', () => {
    const token = servicePrincipalNameToken('lambda');
    expect(token).toMatch(/^\$\{Token\[lambda\.\d+\]\}$/);
  });

  test.each([undefined, { account: '111122223333', region: 'cn-north-1' }])('account root ARNs resolve like aws-cdk-lib (env %j)', (env) => {
    expect(resolveInStack(accountRootArnToken('123456789012'), { env }))
      .toEqual(resolveInStack(new cdkIam.AccountPrincipal('123456789012').arn, { env }));
    expect(resolveInStack(currentAccountRootArnToken(), { env }))
      .toEqual(resolveInStack(new cdkIam.AccountRootPrincipal().arn, { env }));
    expect(resolveInStack(stackAccountToken(), { env }))
      .toEqual(resolveInStack(new cdkIam.AccountRootPrincipal().principalAccount, { env }));
  });
});
