import { PolicyDocument } from '../../policy/policy-document';
import type { PolicyStatement } from '../../policy/policy-statement';
import type { IPrincipal } from '../../policy/principal';
import { addPrincipalToAssumeRole, AnyPolicyStatement, trustDocumentView } from '../../principals/private/assume-role';

/**
 * A role's trust policy: the principal's own statements (an `IAssumeRolePrincipal` writes them
 * itself), each one requiring `sts:ExternalId` when external IDs are given
 * (`StringEquals`, a single value when there is one ID, the list otherwise).
 */
export function createAssumeRolePolicy(principal: IPrincipal, externalIds: string[]): PolicyDocument {
  const document = new PolicyDocument();
  const target = externalIds.length === 0
    ? document
    : trustDocumentView(document, (statement: AnyPolicyStatement) => {
      (statement as PolicyStatement).addCondition('StringEquals', {
        'sts:ExternalId': externalIds.length === 1 ? externalIds[0] : externalIds,
      });
    });
  addPrincipalToAssumeRole(principal, target);
  return document;
}

/** A role's external IDs: `externalIds`, then the deprecated `externalId` (as `RoleProps` give them). */
export function roleExternalIds(props: { readonly externalIds?: string[]; readonly externalId?: string }): string[] {
  const externalIds = [...props.externalIds ?? []];
  if (props.externalId) { externalIds.push(props.externalId); }
  return externalIds;
}
