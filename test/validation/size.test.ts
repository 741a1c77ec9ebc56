import { sizeOf, UNKNOWN_MAX } from '../../src/validation/private/size';

describe('policy size as IAM counts it', () => {
  test.each([
    ['a plain document', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:List*'], Resource: '*' }] }],
    ['strings JSON escapes', { Sid: 'quote " backslash \\ newline \n tab \t', Resource: 'caf\u00e9 \ud83d\ude00' }],
    ['numbers, booleans, null and empty containers', { a: 1.5, b: true, c: null, d: [], e: {}, f: [1, [2, [3]]] }],
  ])('%s: the length of its JSON', (_name, doc) => {
    expect(sizeOf(doc)).toEqual({ min: JSON.stringify(doc).length, max: JSON.stringify(doc).length });
  });

  test('undefined properties are not counted', () => {
    expect(sizeOf({ a: 'x', b: undefined })).toEqual(sizeOf({ a: 'x' }));
  });

  test('values known at deploy time only are bounded', () => {
    // "${Token[A.1]}x": 1 to UNKNOWN_MAX characters plus the literal and the quotes
    expect(sizeOf('${Token[A.1]}x')).toEqual({ min: 1 + 1 + 2, max: UNKNOWN_MAX + 1 + 2 });
    expect(sizeOf({ Ref: 'AWS::Region' })).toEqual({ min: 9 + 2, max: 14 + 2 });
    expect(sizeOf({ 'Fn::GetAtt': ['R', 'Arn'] })).toEqual({ min: 1 + 2, max: UNKNOWN_MAX + 2 });
    // a Join: its separators and parts
    expect(sizeOf({ 'Fn::Join': [':', ['arn', { Ref: 'AWS::Partition' }, 's3']] })).toEqual({ min: 2 + 3 + 3 + 2 + 2, max: 2 + 3 + 10 + 2 + 2 });
    // a Sub: the literal text and each variable (${!Literal} is literal text)
    expect(sizeOf({ 'Fn::Sub': 'a-${AWS::AccountId}-${Other}' })).toEqual({ min: 3 + 12 + 1 + 2, max: 3 + 12 + UNKNOWN_MAX + 2 });
    // an If: the shorter and the longer branch
    expect(sizeOf({ 'Fn::If': ['C', 'ab', 'abcd'] })).toEqual({ min: 2 + 2, max: 4 + 2 });
    // an If nested in a Join
    expect(sizeOf({ 'Fn::Join': ['', ['x', { 'Fn::If': ['C', 'ab', 'abcd'] }]] })).toEqual({ min: 1 + 2 + 2, max: 1 + 4 + 2 });
  });
});
