import { buildLog } from '../testing/build-decision-log';
import { GENESIS_HASH } from './decision-entry';
import { toJsonExport } from './to-json-export';
import { verifyChain } from './verify-chain';

describe('toJsonExport', () => {
  it('describes the log and keeps the entries verifiable', () => {
    const log = buildLog(5);
    const exported = JSON.parse(toJsonExport(log));
    expect(exported).toMatchObject({
      format: 'csi-decision-log',
      formatVersion: 1,
      hashAlgorithm: 'SHA-256',
      genesisPrevHash: GENESIS_HASH,
      head: { seq: 5, hash: log[4]?.hash },
      count: 5,
    });
    expect(verifyChain(exported.entries, exported.head)).toEqual({ status: 'verified', throughSeq: 5, count: 5 });
  });

  it('exports an empty log with a null head', () => {
    expect(JSON.parse(toJsonExport([]))).toMatchObject({ head: null, count: 0, entries: [] });
  });
});
