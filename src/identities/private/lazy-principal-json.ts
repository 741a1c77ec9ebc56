/**
 * The principal JSON `{ AWS: [arn] }` of an identity, with the ARN built on first read.
 *
 * A role's ARN token costs a `GetAtt` reference and a mimic token (getResourceArnAttribute). Most
 * roles are only granted to (their policies name them by `Ref`), yet aws-cdk-lib's grant methods
 * look at the grantee's fragment (`'Service' in role.policyFragment.principalJson`, in DynamoDB's
 * table grants): asking for a key does not read the value, so the ARN is not built for that.
 *
 * `AWS` is an enumerable accessor that, on first read, replaces itself with a plain writable data
 * property holding `[arn()]`: from then on the object is an ordinary JSON object (reads see the same
 * array, writes and deletes work as on any object). Writing before any read stores the value.
 */
export function lazyAwsPrincipalJson(arn: () => string): { [key: string]: string[] } {
  const json: { [key: string]: string[] } = {};
  const settle = (value: string[]) => {
    Object.defineProperty(json, 'AWS', { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(json, 'AWS', {
    get: () => settle([arn()]),
    set: (value: string[]) => { settle(value); },
    enumerable: true,
    configurable: true,
  });
  return json;
}
