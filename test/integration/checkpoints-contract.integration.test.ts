import { CHECKPOINT_LIMITS } from '../../src/domain/checkpoints/validate-checkpoint';
import { PILOT_LIMITS } from '../../src/application/pilot/pilot-record';
import { CHECKPOINT_INPUT_LIMITS, checkpointCalls } from '../../src/contracts/checkpoint.contract';
import { retriesTransient, takesRequestId } from '../../static/src/api/call-policy';

/**
 * The checkpoint contract against what it may not import (the domain's and the pilot record's
 * limits) and against the UI's call policy: every checkpoint write names a request id and is
 * retried on UNAVAILABLE with it.
 */
describe('the checkpoint contract', () => {
  it('takes what the domain and the pilot record take, no more', () => {
    expect(CHECKPOINT_INPUT_LIMITS).toMatchObject({
      id: CHECKPOINT_LIMITS.id,
      name: CHECKPOINT_LIMITS.name,
      kpiName: CHECKPOINT_LIMITS.kpiName,
      statement: CHECKPOINT_LIMITS.statement,
      rollback: CHECKPOINT_LIMITS.rollback,
      criteriaPerCheckpoint: Math.min(PILOT_LIMITS.criteriaPerCheckpoint, CHECKPOINT_LIMITS.criteria),
      checkpoints: PILOT_LIMITS.checkpoints,
    });
  });

  it.each(Object.values(checkpointCalls).map((c) => [c.key, c] as const))(
    '%s requires a request id, which the client adds and keeps across retries',
    (key, call) => {
      expect(call.input.safeParse({}).error?.issues.some((i) => i.path[0] === 'requestId')).toBe(true);
      expect(takesRequestId(key)).toBe(true);
      expect(retriesTransient(key)).toBe(true);
    },
  );
});
