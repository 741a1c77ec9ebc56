import { App, Stack, aws_iam as cdkiam } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AccessKey, AccessKeyStatus, User } from '../../src';

/*
 * Expected JSON: the AWS::IAM::AccessKey resource as documented (UserName, Serial, Status; Ref is
 * the key id, SecretAccessKey an attribute), and the same construct built with aws-cdk-lib.
 */

describe('AccessKey', () => {
  test('creates an access key for the user, with serial and status', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');
    const user = new User(stack, 'User');

    // WHEN
    new AccessKey(stack, 'Key', { user, serial: 3, status: AccessKeyStatus.INACTIVE });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::AccessKey', {
      UserName: { Ref: stack.getLogicalId(user.node.defaultChild as any) },
      Serial: 3,
      Status: 'Inactive',
    });
  });

  test('leaves serial and status out by default', () => {
    const stack = new Stack(new App(), 'Stack');
    new AccessKey(stack, 'Key', { user: User.fromUserName(stack, 'User', 'bob') });
    const keys = Template.fromStack(stack).findResources('AWS::IAM::AccessKey');
    expect(Object.values(keys).map(k => k.Properties)).toEqual([{ UserName: 'bob' }]);
  });

  test('is the Resource child, so its logical id is the one aws-cdk-lib gives', () => {
    const idOf = (make: (stack: Stack) => void) => {
      const stack = new Stack(new App(), 'Stack');
      make(stack);
      return Object.keys(Template.fromStack(stack).findResources('AWS::IAM::AccessKey'));
    };
    expect(idOf(stack => new AccessKey(stack, 'Key', { user: User.fromUserName(stack, 'User', 'bob') })))
      .toEqual(idOf(stack => new cdkiam.AccessKey(stack, 'Key', { user: cdkiam.User.fromUserName(stack, 'User', 'bob') })));
  });

  test('exposes the key id as a Ref and the secret as the SecretAccessKey attribute', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');
    const key = new AccessKey(stack, 'Key', { user: User.fromUserName(stack, 'User', 'bob') });
    const logicalId = stack.getLogicalId(key.node.defaultChild as any);

    // THEN
    expect(stack.resolve(key.accessKeyId)).toEqual({ Ref: logicalId });
    expect(stack.resolve(key.accessKeyRef)).toEqual({ accessKeyId: { Ref: logicalId } });
    expect(stack.resolve(key.secretAccessKey.unsafeUnwrap())).toEqual({ 'Fn::GetAtt': [logicalId, 'SecretAccessKey'] });
  });

  test('has the statuses of the CloudFormation resource', () => {
    expect([AccessKeyStatus.ACTIVE, AccessKeyStatus.INACTIVE, AccessKeyStatus.EXPIRED])
      .toEqual([cdkiam.AccessKeyStatus.ACTIVE, cdkiam.AccessKeyStatus.INACTIVE, cdkiam.AccessKeyStatus.EXPIRED]);
  });
});
