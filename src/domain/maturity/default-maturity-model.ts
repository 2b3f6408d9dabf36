import { ADOPTION } from './default-model/adoption';
import { COLLABORATION } from './default-model/collaboration';
import { FEEDBACK } from './default-model/feedback';
import { GOVERNANCE } from './default-model/governance';
import { MEASUREMENT } from './default-model/measurement';
import { PRIORITISATION } from './default-model/prioritisation';
import { SUSTAINMENT } from './default-model/sustainment';
import type { Criterion, MaturityModel } from './maturity-model';
import {
  CAPABILITY_LEVELS,
  MATURITY_DIMENSIONS,
  type CapabilityLevel,
  type MaturityDimension,
} from './maturity.vocabulary';

/** The shipped criteria of each dimension, by level; one file per dimension in `default-model/`. */
const DEFAULT_CRITERIA: Record<MaturityDimension, Readonly<Record<CapabilityLevel, readonly Criterion[]>>> = {
  governance: GOVERNANCE,
  measurement: MEASUREMENT,
  prioritisation: PRIORITISATION,
  collaboration: COLLABORATION,
  feedback: FEEDBACK,
  adoption: ADOPTION,
  sustainment: SUSTAINMENT,
};

/**
 * The maturity model shipped with the app (domain.md section 5), version 1, used until an admin saves
 * another: the seven dimensions in vocabulary order, each with levels 1 (ad hoc) to 5 (optimising)
 * and at least three criteria per level, nine of them with an automatic check. Each call hands out
 * a fresh copy, so a caller may edit it.
 *
 * @example
 * defaultMaturityModel().dimensions[0].levels[0].criteria[0];
 * // { id: 'gov-1-owner', text: 'A named person owns the CSI programme, and the teams know who it is.' }
 */
export function defaultMaturityModel(): MaturityModel {
  return {
    version: 1,
    dimensions: MATURITY_DIMENSIONS.map((dimension) => ({
      dimension,
      levels: CAPABILITY_LEVELS.map((level) => ({
        level,
        criteria: DEFAULT_CRITERIA[dimension][level].map((criterion) => ({ ...criterion })),
      })),
    })),
  };
}
