import { App, Stack, aws_kms as kms, aws_sns as sns, aws_sqs as sqs } from 'aws-cdk-lib';
import { bothSides, Side } from './differential';

const ACCOUNT_A = '111111111111';
const ACCOUNT_B = '222222222222';

function role(side: Side, stack: Stack, id = 'Role') {
  return new side.iam.Role(stack, id, { assumedBy: new side.iam.ServicePrincipal('lambda.amazonaws.com') });
}

describe('interop with aws-cdk-lib KMS, SQS and SNS', () => {
  test('KMS grants to a role and a user give aws-cdk-lib\'s template (identity policy and key policy)', () => {
    const { kit, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const key = new kms.Key(stack, 'Key');
      key.grantDecrypt(role(side, stack));
      key.grantEncryptDecrypt(new side.iam.User(stack, 'User'));
      key.grantDecrypt(side.isKit ? role(side, stack, 'Bridged').toCdkRole() : role(side, stack, 'Bridged'));
    });

    expect(kit).toEqual(cdk);
  });

  test('KMS key in another account\'s stack: the key policy names the role, as with aws-cdk-lib', () => {
    const { kit, cdk } = bothSides((side: Side, app: App) => {
      const keyStack = new Stack(app, 'KeyStack', { env: { account: ACCOUNT_A, region: 'us-east-1' } });
      const roleStack = new Stack(app, 'RoleStack', { env: { account: ACCOUNT_B, region: 'us-east-1' } });
      const key = new kms.Key(keyStack, 'Key');
      const r = new side.iam.Role(roleStack, 'Role', {
        roleName: 'consumer',
        assumedBy: new side.iam.ServicePrincipal('lambda.amazonaws.com'),
      });
      key.grantDecrypt(r);
      key.grantEncrypt(side.isKit ? r.toCdkRole() : r);
    });

    expect(kit).toEqual(cdk);
    expect(JSON.stringify(kit.KeyStack)).toContain(`:iam::${ACCOUNT_B}:role/consumer`);
  });

  test('KMS grant to an imported role of another account goes to the key policy, as with aws-cdk-lib', () => {
    const { kit, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S', { env: { account: ACCOUNT_A, region: 'us-east-1' } });
      const key = new kms.Key(stack, 'Key');
      const imported = side.iam.Role.fromRoleArn(stack, 'Imported', `arn:aws:iam::${ACCOUNT_B}:role/consumer`);
      key.grantDecrypt(imported);
      const importedSame = side.iam.Role.fromRoleArn(stack, 'ImportedSame', `arn:aws:iam::${ACCOUNT_A}:role/local`);
      key.grantEncrypt(side.isKit ? side.iam.CdkBridge.toCdkRole(importedSame) : importedSame);
    });

    expect(kit).toEqual(cdk);
    expect(JSON.stringify(kit.S)).toContain(`arn:aws:iam::${ACCOUNT_B}:role/consumer`);
  });

  test('SQS grants to a role, an account and a service principal give aws-cdk-lib\'s template', () => {
    const { kit, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.KMS });
      queue.grantConsumeMessages(role(side, stack));
      queue.grantSendMessages(new side.iam.AccountPrincipal(ACCOUNT_B));
      queue.grantSendMessages(new side.iam.ServicePrincipal('sns.amazonaws.com').withConditions({
        ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111111111111:topic' },
      }));
    });

    expect(kit).toEqual(cdk);
  });

  test('SNS grants to a role and a service principal give aws-cdk-lib\'s template', () => {
    const { kit, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const topic = new sns.Topic(stack, 'Topic');
      topic.grantPublish(role(side, stack));
      topic.grantPublish(new side.iam.ServicePrincipal('events.amazonaws.com'));
      topic.grantSubscribe(new side.iam.ArnPrincipal(`arn:aws:iam::${ACCOUNT_B}:role/subscriber`));
    });

    expect(kit).toEqual(cdk);
  });
});
