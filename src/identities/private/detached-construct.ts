import { ResourceEnvironment } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IamError } from '../../core';

/**
 * A value that must type as a construct (e.g. the `IManagedPolicy` of an AWS managed policy,
 * which `IManagedPolicyRef` makes an `IConstruct`) but belongs to no tree: touching its `node`
 * or `env` throws with the given message.
 */
export abstract class DetachedConstruct extends Construct {
  constructor(private readonly detachedMessage: string) {
    super(undefined as any, '');
    const message = detachedMessage;
    Object.defineProperty(this, 'node', {
      enumerable: false,
      get() {
        throw new IamError(undefined, 'DetachedConstructNodeAccess', message);
      },
    });
    // not a construct for Construct.isConstruct(), like aws-cdk-lib's detached constructs
    Object.defineProperty(this, Symbol.for('constructs.Construct'), { value: false, enumerable: false, writable: false });
  }

  /** Throws: a detached construct has no environment. */
  public get env(): ResourceEnvironment {
    throw new IamError(undefined, 'DetachedConstructEnvAccess', this.detachedMessage);
  }
}
