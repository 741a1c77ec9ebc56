import { IResource, Resource, SecretValue, aws_iam as cdkiam } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IUser } from './user';

/**
 * Valid statuses for an IAM Access Key.
 */
export enum AccessKeyStatus {
  /**
   * An active access key. An active key can be used to make API calls.
   */
  ACTIVE = 'Active',

  /**
   * An inactive access key. An inactive key cannot be used to make API calls.
   */
  INACTIVE = 'Inactive',

  /**
   * An expired access key.
   */
  EXPIRED = 'Expired',
}

/**
 * Represents an IAM Access Key.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
 */
export interface IAccessKey extends IResource, cdkiam.IAccessKeyRef {
  /**
   * The Access Key ID.
   *
   * @attribute
   */
  readonly accessKeyId: string;

  /**
   * The Secret Access Key.
   *
   * @attribute
   */
  readonly secretAccessKey: SecretValue;
}

/**
 * Properties for defining an IAM access key.
 */
export interface AccessKeyProps {
  /**
   * A CloudFormation-specific value that signifies the access key should be
   * replaced/rotated. This value can only be incremented. Incrementing this
   * value will cause CloudFormation to replace the Access Key resource.
   *
   * @default - No serial value
   */
  readonly serial?: number;

  /**
   * The status of the access key. An Active access key is allowed to be used
   * to make API calls; An Inactive key cannot.
   *
   * @default - The access key is active
   */
  readonly status?: AccessKeyStatus;

  /**
   * The IAM user this key will belong to.
   *
   * Changing this value will result in the access key being deleted and a new
   * access key (with a different ID and secret value) being assigned to the new
   * user.
   */
  readonly user: IUser;
}

/**
 * Define a new IAM Access Key.
 *
 * Synthesizes an `AWS::IAM::AccessKey` resource. The secret is only available as a CloudFormation
 * attribute: store it (for example in Secrets Manager) rather than printing it in an output.
 *
 * @example
 * const user = new User(this, 'User');
 * const key = new AccessKey(this, 'Key', { user });
 * new secretsmanager.Secret(this, 'Secret', { secretStringValue: key.secretAccessKey });
 */
export class AccessKey extends Resource implements IAccessKey {
  /**
   * A reference to this access key, for aws-cdk-lib APIs that take an `IAccessKeyRef`.
   */
  public readonly accessKeyRef: cdkiam.AccessKeyReference;

  /**
   * The Access Key ID.
   */
  public readonly accessKeyId: string;

  /**
   * The Secret Access Key.
   */
  public readonly secretAccessKey: SecretValue;

  constructor(scope: Construct, id: string, props: AccessKeyProps) {
    super(scope, id);
    const resource = new cdkiam.CfnAccessKey(this, 'Resource', {
      userName: props.user.userName,
      serial: props.serial,
      status: props.status,
    });
    this.accessKeyId = resource.ref;
    this.accessKeyRef = resource.accessKeyRef;
    this.secretAccessKey = SecretValue.resourceAttribute(resource.attrSecretAccessKey);
  }
}
