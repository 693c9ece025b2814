import fc from 'fast-check';
import canonicalize from 'canonicalize';
import { canonicalJson } from '../src';

describe('canonicalJson', () => {
  it('is byte for byte the RFC 8785 reference implementation on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'é' } })).toBe('{"a":{"c":"é","d":[2,{"y":2,"z":1}]},"b":1}');
  });
});
