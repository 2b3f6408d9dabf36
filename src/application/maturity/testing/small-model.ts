import type { MaturityModel } from '../../../domain/maturity/maturity-model';
import {
  CAPABILITY_LEVELS,
  MATURITY_DIMENSIONS,
  type MaturityDimension,
} from '../../../domain/maturity/maturity.vocabulary';

/** The id prefix of each dimension's criteria in the small model. */
export const PREFIX: Record<MaturityDimension, string> = {
  governance: 'gov',
  measurement: 'mea',
  prioritisation: 'pri',
  collaboration: 'col',
  feedback: 'fbk',
  adoption: 'ado',
  sustainment: 'sus',
};

/**
 * A valid model small enough to rate in a test: one criterion per level, `gov-1` ... `sus-5` (35 in
 * all), texts "Governance level 1" and so on; `fbk-3` has the automatic check `pirs-on-time`.
 */
export function smallModel(version = 1): MaturityModel {
  return {
    version,
    dimensions: MATURITY_DIMENSIONS.map((dimension) => ({
      dimension,
      levels: CAPABILITY_LEVELS.map((level) => {
        const id = `${PREFIX[dimension]}-${level}`;
        const text = `${dimension} criterion of level ${level}`;
        return {
          level,
          criteria: [id === 'fbk-3' ? { id, text, automaticCheck: 'pirs-on-time' as const } : { id, text }],
        };
      }),
    })),
  };
}

/** Every criterion id of the small model, in model order. */
export const SMALL_MODEL_IDS: readonly string[] = MATURITY_DIMENSIONS.flatMap((d) =>
  CAPABILITY_LEVELS.map((level) => `${PREFIX[d]}-${level}`),
);
