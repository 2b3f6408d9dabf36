import type { Rating } from '../../../domain/maturity/maturity.vocabulary';
import { saveRating } from '../save-rating.use-case';
import type { MaturityWorld } from './maturity-world';
import { SMALL_MODEL_IDS } from './small-model';
import type { UserRefRecord } from '../../initiative-record';

/**
 * `person` rates every criterion of the small model in `period` through `saveRating`: `ratingOf(id)`,
 * F where it answers undefined, skipping the ids it answers null for. An automatic criterion rated
 * otherwise than proposed gets a reason. Throws on a refusal, so a test's setup cannot fail quietly.
 */
export async function rateAll(
  world: MaturityWorld,
  person: UserRefRecord,
  period: string,
  ratingOf: (id: string) => Rating | null | undefined = () => undefined,
): Promise<void> {
  for (const criterionId of SMALL_MODEL_IDS) {
    const rating = ratingOf(criterionId);
    if (rating === null) continue;
    const given = rating ?? 'F';
    const overrideReason = criterionId === 'fbk-3' && given !== 'F' ? 'The PIRs were late in substance.' : undefined;
    const input = { period, criterionId, rating: given, evidence: [], comment: '', overrideReason };
    const saved = await saveRating(world.deps, world.as(person), input);
    if (!saved.ok) throw new Error(`${criterionId}: ${saved.error.message}`);
  }
}
