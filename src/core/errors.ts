import { IConstruct } from 'constructs';

/**
 * The one error type of cdk-iam-kit.
 *
 * Every message reads `[Code] what is wrong; how to fix it`, followed by the construct
 * path when the error concerns a construct. Tests assert on the code, never on the prose.
 *
 * Kept out of the jsii API (jsii cannot export subclasses of `Error`); users see it as
 * an ordinary thrown error whose message starts with the code.
 */
export class IamError extends Error {
  /** The stable code, e.g. `InvalidRolePath`. */
  public readonly code: string;
  /** The path of the construct the error concerns, when there is one. */
  public readonly constructPath?: string;

  /**
   * @param scope the construct the error concerns, if any (its path is appended)
   * @param code a stable PascalCase code
   * @param message `what is wrong; how to fix it`
   */
  constructor(scope: IConstruct | undefined, code: string, message: string) {
    const path = scope?.node.path;
    super(formatIamMessage(code, message, path));
    this.name = 'IamError';
    this.code = code;
    this.constructPath = path || undefined;
  }
}

/**
 * Render a message in the one format: `[Code] what; fix` plus ` (at 'path')` when a path is known.
 *
 * Use it directly for `node.addValidation` results, where the CDK adds the construct path itself.
 */
export function formatIamMessage(code: string, message: string, path?: string): string {
  const at = path ? ` (at '${path}')` : '';
  return `[${code}] ${message}${at}`;
}

/** Throw an `IamError` (expression form, for `?? fail(...)`). */
export function fail(scope: IConstruct | undefined, code: string, message: string): never {
  throw new IamError(scope, code, message);
}
