import { newStack, ourTrustJson } from './harness';
import { FederatedPrincipal, SessionTagsPrincipal, ArnPrincipal, CompositePrincipal, ServicePrincipal } from '../../src/principals';

describe('SessionTagsPrincipal', () => {
  test('adds sts:TagSession to the trust statement (IAM docs: permissions required to add session tags)', () => {
    // GIVEN https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_permissions-required
    const stack = newStack({ account: '111111111111', region: 'us-east-1' });
    const principal = new ArnPrincipal('arn:aws:iam::123456789012:user/test-session-tags').withSessionTags();

    // THEN
    expect(ourTrustJson(stack, principal)).toEqual({
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Action: ['sts:AssumeRole', 'sts:TagSession'],
        Principal: { AWS: 'arn:aws:iam::123456789012:user/test-session-tags' },
      }],
    });
  });

  test('keeps the federated action and conditions of the wrapped principal', () => {
    // GIVEN
    const stack = newStack();
    const principal = new SessionTagsPrincipal(new FederatedPrincipal('arn:aws:iam::123456789012:saml-provider/corp',
      { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } }, 'sts:AssumeRoleWithSAML'));

    // THEN
    expect(ourTrustJson(stack, principal)).toEqual({
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
        Principal: { Federated: 'arn:aws:iam::123456789012:saml-provider/corp' },
        Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
      }],
    });
    expect(principal.assumeRoleAction).toEqual('sts:AssumeRoleWithSAML');
  });

  test('adds sts:TagSession to every statement of a composite principal', () => {
    const stack = newStack();
    const principal = new CompositePrincipal(new ServicePrincipal('ec2.amazonaws.com'), new ArnPrincipal('arn:aws:iam::123456789012:root'))
      .withSessionTags();
    expect(ourTrustJson(stack, principal)).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Principal: { Service: 'ec2.amazonaws.com' } },
        { Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Principal: { AWS: 'arn:aws:iam::123456789012:root' } },
      ],
    });
  });

  test('renders the wrapped principal unchanged outside trust policies', () => {
    const principal = new ArnPrincipal('arn:aws:iam::123456789012:root').withSessionTags();
    expect(principal.policyFragment.principalJson).toEqual({ AWS: ['arn:aws:iam::123456789012:root'] });
    expect(principal.policyFragment.conditions).toEqual({});
    expect(principal.dedupeString()).toEqual('SessionTagsPrincipal:ArnPrincipal:arn:aws:iam::123456789012:root:');
  });
});
