import { run, table, target } from './helpers';
import { redundantEntry } from '../../../src/validation/rules/redundant-entry';

describe('RedundantEntry', () => {
  table(redundantEntry, [
    ['distinct actions', { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' }, false],
    ['overlapping patterns that do not cover each other', { Effect: 'Allow', Action: ['s3:Get?', 's3:Get*x'], Resource: '*' }, false],
    ['distinct resources', { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'] }, false],
    ['a repeated action in other letter case', { Effect: 'Allow', Action: ['s3:GetObject', 's3:getobject'], Resource: '*' }, true],
    ['an action covered by a pattern', { Effect: 'Allow', Action: ['s3:Get*', 's3:GetObject'], Resource: '*' }, true],
    ['a pattern covered by a shorter pattern', { Effect: 'Allow', Action: ['s3:*', 's3:Get*'], Resource: '*' }, true],
    ['a resource covered by "*"', { Effect: 'Allow', Action: 's3:GetObject', Resource: ['*', 'arn:aws:s3:::a/*'] }, true],
  ]);

  test('a list repeated in other statements and documents is reported at each, same as the first time', () => {
    const actions = ['s3:Get*', 's3:GetObject'];
    const statements = [
      { Effect: 'Allow', Action: actions, Resource: '*' },
      { Effect: 'Allow', Action: ['s3:PutObject'], Resource: '*' },
      { Sid: 'Again', Effect: 'Allow', Action: [...actions], Resource: '*' },
    ];
    const first = run(redundantEntry, target(statements));
    expect(first.map((f) => [f.statementIndex, f.sid, f.message])).toEqual([
      [0, undefined, "Action 's3:GetObject' is already covered by 's3:Get*'"],
      [2, 'Again', "Action 's3:GetObject' is already covered by 's3:Get*'"],
    ]);
    expect(run(redundantEntry, target(statements))).toEqual(first);
  });
});
