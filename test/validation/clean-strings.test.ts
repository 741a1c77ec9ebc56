import { validate } from '../../src/validation/engine';
import { CleanStrings } from '../../src/validation/private/clean-strings';
import type { ValidationTarget } from '../../src/validation/target';

function target(actions: string[]): ValidationTarget {
  return {
    kind: 'managed-policy',
    path: 'P',
    documents: [{ kind: 'identity', location: 'L', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] } }],
  };
}

const ids = (actions: string[]) => validate(target(actions)).map((f) => f.ruleId).sort();

describe('rules remembering the action strings they found nothing to say about', () => {
  test('findings are the same the first and every later time a string is seen', () => {
    const actions = ['s3:GetObject', 's3:GetObjekt', 's3x:GetObject', 's3:Gte*', 'nocolon'];
    const first = ids(actions);
    expect(first).toEqual(['MalformedAction', 'UnknownAction', 'UnknownService', 'WildcardActionMatchesNothing']);
    expect(ids(actions)).toEqual(first);
    expect(ids([...actions].reverse())).toEqual(first);
    expect(ids(['s3:GetObject'])).toEqual([]);
  });

  test('the set is bounded', () => {
    const set = new CleanStrings();
    for (let i = 0; i < 10001; i++) { set.add(`a:${i}`); }
    expect(set.has('a:10000')).toBe(true);
    expect(set.has('a:0')).toBe(false);
  });
});
