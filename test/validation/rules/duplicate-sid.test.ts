import { run, target } from './helpers';
import { duplicateSid } from '../../../src/validation/rules/duplicate-sid';

const s = (Sid?: unknown) => ({ Sid, Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });

describe('DuplicateSid', () => {
  test.each([
    ['distinct Sids', [s('A'), s('B')], 0],
    ['no Sids', [s(), s()], 0],
    ['token Sids', [s('${Token[TOKEN.1]}'), s('${Token[TOKEN.1]}')], 0],
    ['a repeated Sid', [s('A'), s('B'), s('A')], 1],
  ])('%s', (_name, statements, count) => {
    const findings = run(duplicateSid, target(statements));
    expect(findings).toHaveLength(count);
    if (count) { expect(findings[0]).toMatchObject({ ruleId: 'DuplicateSid', severity: 'error', statementIndex: 2, sid: 'A' }); }
  });
});
