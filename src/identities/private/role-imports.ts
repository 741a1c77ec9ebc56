import { ArnFormat, ContextProvider, Stack, Token, TokenComparison } from 'aws-cdk-lib';
import * as cxschema from 'aws-cdk-lib/cloud-assembly-schema';
import { Construct } from 'constructs';
import { IamError } from '../../core';
import type { IRole } from '../role-interface';
import type { FromRoleArnOptions } from '../role-props';
import { precreatedImport } from './customize-roles-hooks';
import { ImmutableRole } from './immutable-role';
import { ImportedRole } from './imported-role';

/*
 * The bodies of `Role.fromRoleArn` and `Role.fromLookup` (kept out of role.ts for size).
 */

/**
 * `Role.fromRoleArn`: a mutable `ImportedRole` when the role is in the stack's account (or either
 * account is unknown) and `mutable` is not false; otherwise an `ImmutableRole` around an
 * `ImportedRole` named `MutableRole<id>`. Under `Role.customizeRoles` a `PrecreatedRole`.
 */
export function importRoleByArn(scope: Construct, id: string, roleArn: string, options: FromRoleArnOptions): IRole {
  const scopeStack = Stack.of(scope);
  const parsedArn = scopeStack.splitArn(roleArn, ArnFormat.SLASH_RESOURCE_NAME);
  const roleName = parsedArn.resourceName!.split('/').pop()!;
  const roleAccount = parsedArn.account;

  const precreated = precreatedImport(scope, id, importId => new ImportedRole(scope, importId, {
    account: roleAccount, roleArn, roleName, ...options,
  }));
  if (precreated) { return precreated; }

  if (options.addGrantsToResources !== undefined && options.mutable !== false) {
    throw new IamError(scope, 'AddGrantsResourcesPassedMutable',
      "'addGrantsToResources' can only be passed if 'mutable: false'; add mutable: false or drop addGrantsToResources");
  }

  const comparison = Token.compareStrings(roleAccount ?? '', scopeStack.account);
  const sameOrUnknownAccount = comparison === TokenComparison.SAME
      || comparison === TokenComparison.BOTH_UNRESOLVED
      || comparison === TokenComparison.ONE_UNRESOLVED;
  const mutable = options.mutable !== false && sameOrUnknownAccount;

  const imported = new ImportedRole(scope, mutable ? id : `MutableRole${id}`, {
    roleArn,
    roleName,
    account: roleAccount,
    ...options,
  });
  if (mutable) { return imported; }
  const reason = options.mutable === false
    ? 'the role was imported with mutable: false'
    : `the role is in account '${roleAccount}', not in the account of stack '${scopeStack.node.path}'`;
  return new ImmutableRole(scope, id, imported, options.addGrantsToResources ?? false, reason);
}

/** `Role.fromRoleName`: the ARN of the role named `roleName` in the scope's account. */
export function roleArnFromName(scope: Construct, roleName: string): string {
  return Stack.of(scope).formatArn({
    region: '',
    service: 'iam',
    resource: 'role',
    resourceName: roleName,
  });
}

/**
 * `Role.fromLookup`: the ARN of the role named `roleName`, from the context (a cloud control
 * lookup), or a dummy ARN in account 123456789012 until the context is filled.
 */
export function lookupRoleArn(scope: Construct, roleName: string): string {
  if (Token.isUnresolved(roleName)) {
    throw new IamError(scope, 'ArgumentsLookUpRoleConcrete',
      'All arguments to look up a role must be concrete (no Tokens); pass the role name as a plain string');
  }
  const response: { [key: string]: any }[] = ContextProvider.getValue(scope, {
    provider: cxschema.ContextProvider.CC_API_PROVIDER,
    props: {
      typeName: 'AWS::IAM::Role',
      exactIdentifier: roleName,
      propertiesToReturn: ['Arn'],
    },
    dummyValue: [{
      Arn: Stack.of(scope).formatArn({ service: 'iam', account: '123456789012', resource: 'role', resourceName: 'DUMMY_ARN' }),
    }],
  }).value;
  return response[0].Arn;
}
