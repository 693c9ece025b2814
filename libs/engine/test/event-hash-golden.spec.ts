import { canonicalJson, eventHash } from '@satupintu/engine';

/**
 * Stored histories outlive the code that wrote them: an audit next year must verify the hashes
 * recorded today. These values were computed once (27 November 2026) and must never change; a
 * faster canonical JSON or hash path has to reproduce them to the byte.
 */
describe('event hashes are stable across versions of the code', () => {
  const event = {
    streamId: 'berkas-3f1c2a9e-6b1d-4c8e-9a55-0d2f4e7b8c11',
    revision: 3,
    type: 'InitialsGiven',
    data: {
      position: 'Kasubbid Kepangkatan',
      note: 'Sudah sesuai — lanjut ✓',
      amount: 1e21,
      small: 0.000001,
      neg: -0,
      list: [3, 'b', null, true, { z: 1, a: [] }],
      emoji: '😀',
      ctrl: '\u0001\n"\\',
    },
    metadata: {
      workflow: { version: 1, name: 'berkas' },
      occurredAt: '2026-03-02T01:00:00.000Z',
      prevHash: 'a'.repeat(64),
      actor: { roles: ['kasubbid'], id: 'u-1' },
      hash: 'not part of what is hashed',
    },
  };

  it('given an event with unicode, control characters, big and small numbers and nested keys, then its canonical JSON is RFC 8785’s', () => {
    expect(canonicalJson(event.data)).toBe(
      '{"amount":1e+21,"ctrl":"\\u0001\\n\\"\\\\","emoji":"😀","list":[3,"b",null,true,{"a":[],"z":1}],"neg":0,"note":"Sudah sesuai — lanjut ✓","position":"Kasubbid Kepangkatan","small":0.000001}',
    );
  });

  it('then its hash is the one recorded when the chain was introduced', () => {
    expect(eventHash(event)).toBe(
      '76d48fe97778293fe933f6fbbafa05243241c315e6ff5f5c0b2543c8b076a6b2',
    );
  });

  it('and the hash does not depend on the metadata’s own hash field or on key order', () => {
    const { hash: _recorded, ...metadataWithoutHash } = event.metadata;
    const reordered = {
      ...event,
      metadata: {
        hash: 'something else',
        ...metadataWithoutHash,
        actor: { id: 'u-1', roles: ['kasubbid'] },
      },
    };
    expect(eventHash(reordered)).toBe(eventHash(event));
  });
});
