import { canonicalContent, chainHash, contentHash, GENESIS_HASH } from './hashing';

// An appraisal as an auditor would re-check it by hand: these values were confirmed with `sha256sum`
// and with PostgreSQL's sha256(); if this test changes, every stored chain stops verifying.
const appraisal = {
  streamId: 'self-assessment-so-noi-vu-ha-noi-2025',
  eventId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  type: 'CriterionAppraised',
  schemaVersion: 1,
  data: { points: '0.75', criterion: '1.1' },
  metadata: { role: 'APPRAISER', actor: 'tham-dinh-vien', reason: 'Thiếu minh chứng', occurredAt: '2025-11-03T02:00:00.000Z' },
};

describe('the hash formula', () => {
  it('hashes the RFC 8785 canonical JSON of the content', () => {
    expect(canonicalContent(appraisal)).toBe(
      '{"data":{"criterion":"1.1","points":"0.75"},"eventId":"0f8fad5b-d9cb-469f-a165-70867728950e",' +
        '"metadata":{"actor":"tham-dinh-vien","occurredAt":"2025-11-03T02:00:00.000Z","reason":"Thiếu minh chứng","role":"APPRAISER"},' +
        '"schemaVersion":1,"streamId":"self-assessment-so-noi-vu-ha-noi-2025","type":"CriterionAppraised"}',
    );
    expect(contentHash(appraisal)).toBe('e3c688710e55af6bb75e2e5822315d7853d5887362280195662618a66aee2880');
  });

  it('chains with SHA-256 of the previous hash followed by the content hash, as hex text', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(chainHash(GENESIS_HASH, contentHash(appraisal))).toBe('332276a443ba47d81fbe189497125041a19be065a44bbd7dcd23ca89a4851506');
  });

  it('does not depend on key order, and covers everything that could be disputed', () => {
    const reordered = {
      ...appraisal,
      metadata: { occurredAt: appraisal.metadata.occurredAt, reason: appraisal.metadata.reason, actor: 'tham-dinh-vien', role: 'APPRAISER' },
    };
    expect(contentHash(reordered)).toBe(contentHash(appraisal));
    for (const changed of [
      { ...appraisal, data: { ...appraisal.data, points: '1.00' } },
      { ...appraisal, metadata: { ...appraisal.metadata, reason: 'Đủ minh chứng' } },
      { ...appraisal, streamId: 'self-assessment-so-tu-phap-ha-noi-2025' },
      { ...appraisal, schemaVersion: 2 },
    ]) {
      expect(contentHash(changed)).not.toBe(contentHash(appraisal));
    }
  });
});
