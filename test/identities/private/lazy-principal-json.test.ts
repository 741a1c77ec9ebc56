import { lazyAwsPrincipalJson } from '../../../src/identities/private/lazy-principal-json';

describe('lazyAwsPrincipalJson', () => {
  test('does not build the ARN when only the keys are asked for', () => {
    // GIVEN
    const arn = jest.fn(() => 'arn:aws:iam::123456789012:role/R');
    const json = lazyAwsPrincipalJson(arn);
    // WHEN
    const hasService = 'Service' in json;
    const keys = Object.keys(json);
    // THEN
    expect(hasService).toBe(false);
    expect(keys).toEqual(['AWS']);
    expect(arn).not.toHaveBeenCalled();
  });

  test('builds the ARN once, on first read, and reads as plain JSON', () => {
    // GIVEN
    const arn = jest.fn(() => 'arn:aws:iam::123456789012:role/R');
    const json = lazyAwsPrincipalJson(arn);
    // WHEN
    const first = json.AWS;
    // THEN
    expect(first).toEqual(['arn:aws:iam::123456789012:role/R']);
    expect(json.AWS).toBe(first);
    expect(JSON.stringify(json)).toBe('{"AWS":["arn:aws:iam::123456789012:role/R"]}');
    expect({ ...json }).toEqual({ AWS: ['arn:aws:iam::123456789012:role/R'] });
    expect(Object.entries(json)).toEqual([['AWS', ['arn:aws:iam::123456789012:role/R']]]);
    expect(arn).toHaveBeenCalledTimes(1);
  });

  test('takes writes and deletes like a plain object, before and after the first read', () => {
    // GIVEN
    const arn = jest.fn(() => 'arn:one');
    const before = lazyAwsPrincipalJson(arn);
    const after = lazyAwsPrincipalJson(arn);
    void after.AWS;
    // WHEN
    before.AWS = ['arn:two'];
    after.AWS.push('arn:three');
    delete (after as any).AWS;
    // THEN
    expect(before).toEqual({ AWS: ['arn:two'] });
    expect(after).toEqual({});
    expect(arn).toHaveBeenCalledTimes(1);
  });
});
