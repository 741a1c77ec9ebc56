import { App, Stack, aws_dynamodb as dynamodb, aws_s3 as s3 } from 'aws-cdk-lib';
import { bothSides, CDK_SIDE, KIT_SIDE, Side, templates } from './differential';

function lambdaRole(side: Side, stack: Stack) {
  return new side.iam.Role(stack, 'Role', { assumedBy: new side.iam.ServicePrincipal('lambda.amazonaws.com') });
}

describe('interop with aws-cdk-lib storage constructs', () => {
  test('S3 grants to a role, a user, a group and an account give aws-cdk-lib\'s template', () => {
    // GIVEN / WHEN
    const { kit, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const bucket = new s3.Bucket(stack, 'Bucket');
      bucket.grantRead(lambdaRole(side, stack));
      bucket.grantPut(new side.iam.User(stack, 'User'));
      bucket.grantReadWrite(new side.iam.Group(stack, 'Group'));
      bucket.grantRead(new side.iam.AccountPrincipal('111122223333'));
      bucket.grantPublicAccess();
    });

    // THEN
    expect(kit).toEqual(cdk);
  });

  test('S3 grants through the bridge views give the same template as the identities themselves', () => {
    const { kit, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const bucket = new s3.Bucket(stack, 'Bucket');
      const role = lambdaRole(side, stack);
      bucket.grantRead(side.isKit ? role.toCdkRole() : role);
      const user = new side.iam.User(stack, 'User');
      bucket.grantDelete(side.isKit ? user.toCdkUser() : user);
      const group = new side.iam.Group(stack, 'Group');
      bucket.grantWrite(side.isKit ? group.toCdkGroup() : group);
      const sp = new side.iam.ServicePrincipal('logging.s3.amazonaws.com');
      bucket.grantPut(side.isKit ? side.iam.CdkBridge.toCdkPrincipal(sp) : sp);
      const managed = new side.iam.ManagedPolicy(stack, 'Managed', { roles: [role] });
      bucket.grantReadWrite(side.isKit ? side.iam.CdkBridge.toCdkGrantable(managed) : managed);
      const inline = new side.iam.Policy(stack, 'Inline', { users: [user] });
      bucket.grantRead(side.isKit ? side.iam.CdkBridge.toCdkGrantable(inline) : inline);
    });

    expect(kit).toEqual(cdk);
  });

  test('DynamoDB table and stream grants give aws-cdk-lib\'s template', () => {
    const { kit, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      const table = new dynamodb.Table(stack, 'Table', {
        partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
        stream: dynamodb.StreamViewType.NEW_IMAGE,
      });
      const role = lambdaRole(side, stack);
      table.grantReadWriteData(role);
      table.grantStreamRead(role);
      table.grant(new side.iam.User(stack, 'User'), 'dynamodb:DescribeTable');
    });

    expect(kit).toEqual(cdk);
  });

  test('DynamoDB TableV2 with a resource policy grant to an account gives aws-cdk-lib\'s template', () => {
    const { kit, cdk } = bothSides((side: Side, app: App) => {
      const stack = new Stack(app, 'S', { env: { account: '111111111111', region: 'us-east-1' } });
      const table = new dynamodb.TableV2(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
      table.grantReadData(lambdaRole(side, stack));
      table.grantReadData(new side.iam.AccountRootPrincipal());
    });

    expect(kit).toEqual(cdk);
  });
});

describe('interop harness', () => {
  test('the two sides differ in their iam module, so an unequal template fails the comparison', () => {
    const program = (side: Side, app: App) => {
      const stack = new Stack(app, 'S');
      new side.iam.Role(stack, 'Role', { assumedBy: new side.iam.ServicePrincipal(side.isKit ? 'a.amazonaws.com' : 'b.amazonaws.com') });
    };

    expect(KIT_SIDE.iam.Role).not.toBe(CDK_SIDE.iam.Role);
    expect(new KIT_SIDE.iam.Role(new Stack(new App(), 'X'), 'R', { assumedBy: new KIT_SIDE.iam.AnyPrincipal() }).toCdkRole).toBeDefined();
    expect(templates(KIT_SIDE, program)).not.toEqual(templates(CDK_SIDE, program));
  });
});
