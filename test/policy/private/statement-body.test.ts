import { PrincipalPolicyFragment } from '../../../src/policy';
import { StatementBody } from '../../../src/policy/private/statement-body';

const principal = (json: { [k: string]: string[] }, conditions: any = {}): any => ({
  assumeRoleAction: 'sts:AssumeRole',
  policyFragment: new PrincipalPolicyFragment(json, conditions),
  addToPrincipalPolicy: () => ({ statementAdded: false }),
});

describe('StatementBody', () => {
  test('names the element being added and the one present in conflicts', () => {
    const body = new StatementBody();
    body.addActions('addActions', 'positive', ['a:b']);
    expect(() => body.addActions('addNotActions', 'negative', ['c:d']))
      .toThrow(/\[ActionAndNotAction\] Cannot add 'NotActions' to policy statement if 'Actions' have been added/);
    body.addResources('addNotResources', 'negative', ['r']);
    expect(() => body.addResources('addResources', 'positive', ['x']))
      .toThrow(/\[ResourceAndNotResource\] Cannot add 'Resources' to policy statement if 'NotResources' have been added/);
  });

  test('renders principal JSON and principal conditions', () => {
    const body = new StatementBody();
    body.addPrincipals('addNotPrincipals', 'negative', [principal({ AWS: ['a'] }, { Bool: { x: 'true' } }), principal({ AWS: ['b'] }, { Bool: { x: 'true' } })]);
    expect(body.render()).toEqual({ Effect: 'Allow', NotPrincipal: { AWS: ['a', 'b'] }, Condition: { Bool: { x: 'true' } } });
    expect(body.shape()).toEqual({ actions: 0, notActions: 0, resources: 0, notResources: 0, principals: 0, notPrincipals: 2, sid: undefined });
  });

  test('throws when principals carry different conditions', () => {
    const body = new StatementBody();
    body.addPrincipals('addPrincipals', 'positive', [principal({ AWS: ['a'] })]);
    expect(() => body.addPrincipals('addPrincipals', 'positive', [principal({ AWS: ['b'] }, { Bool: { x: 'true' } })]))
      .toThrow(/\[PrincipalConditionsDiffer\]/);
  });

  test('throws once frozen, naming the method', () => {
    const body = new StatementBody();
    body.frozen = true;
    expect(() => body.addResources('addResources', 'positive', ['r'])).toThrow(/\[StatementFrozen\] addResources:/);
  });
});
