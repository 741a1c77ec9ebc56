import { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { PolicyDocument } from '../../policy/policy-document';
import { PolicyStatement } from '../../policy/policy-statement';
import type { IPrincipal } from '../../policy/principal';
import type { IAssumeRolePrincipal } from '../assume-role-principal';

/*
 * How a principal lands in a role's trust policy. Internal to the principals layer and the
 * layers above it (identities use `addPrincipalToAssumeRole` for `Role.assumedBy`).
 *
 * Both this library's documents and aws-cdk-lib's are handled: a document only ever receives
 * statements of its own kind, so that mixing the two libraries keeps both renderings intact.
 */

/** A trust policy document of either library. */
export type AnyPolicyDocument = PolicyDocument | cdk_iam.PolicyDocument;

/** A policy statement of either library. */
export type AnyPolicyStatement = PolicyStatement | cdk_iam.PolicyStatement;

/** True when the principal decides itself how it is added to a trust policy. */
export function isAssumeRolePrincipal(principal: IPrincipal): principal is IAssumeRolePrincipal {
  return typeof (principal as Partial<IAssumeRolePrincipal>).addToAssumeRolePolicy === 'function';
}

/**
 * A new `Allow <actions>` statement for `principal`, of the same library as `doc`.
 */
export function newTrustStatement(doc: AnyPolicyDocument, actions: string[], principal: IPrincipal): AnyPolicyStatement {
  if (doc instanceof PolicyDocument) {
    return new PolicyStatement({ actions, principals: [principal] });
  }
  // aws-cdk-lib's statement reads our principals through its structural IPrincipal.
  return new cdk_iam.PolicyStatement({ actions, principals: [principal as unknown as cdk_iam.IPrincipal] });
}

/**
 * Add `principal` to a trust policy: delegate to the principal when it implements
 * `IAssumeRolePrincipal`, otherwise add `Allow <assumeRoleAction>` for it.
 *
 * Works for principals and documents of either library (an aws-cdk-lib principal adding its
 * statements to one of our documents has them converted, and vice versa).
 */
export function addPrincipalToAssumeRole(principal: IPrincipal, doc: AnyPolicyDocument): void {
  if (isAssumeRolePrincipal(principal)) {
    principal.addToAssumeRolePolicy(trustDocumentView(doc));
    return;
  }
  doc.addStatements(newTrustStatement(doc, [principal.assumeRoleAction], principal) as any);
}

/**
 * A view of `doc` whose `addStatements` converts every statement to the document's own library
 * and then passes it through `mutate` (if given). Everything else is forwarded to `doc`.
 *
 * The principal wrappers (conditions, session tags) use it to decorate the statements that the
 * wrapped principal writes.
 */
export function trustDocumentView(doc: AnyPolicyDocument, mutate?: (statement: AnyPolicyStatement) => void): AnyPolicyDocument {
  const ours = doc instanceof PolicyDocument;
  return new Proxy(doc, {
    get(target, property) {
      if (property === 'addStatements') {
        return (...statements: AnyPolicyStatement[]) => {
          const converted = statements.map((statement) => ours ? toOurStatement(statement) : toCdkStatement(statement));
          if (mutate) { converted.forEach(mutate); }
          return (target.addStatements as (...s: AnyPolicyStatement[]) => void)(...converted);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function toOurStatement(statement: AnyPolicyStatement): PolicyStatement {
  return statement instanceof PolicyStatement ? statement : PolicyStatement.fromJson(statement.toStatementJson());
}

function toCdkStatement(statement: AnyPolicyStatement): cdk_iam.PolicyStatement {
  return statement instanceof PolicyStatement ? cdk_iam.PolicyStatement.fromJson(statement.toStatementJson()) : statement;
}
