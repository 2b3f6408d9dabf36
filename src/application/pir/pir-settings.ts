import type { MajorChangeRule } from '../../domain/pir/major-change-rule';
import type { PirTimings } from '../../domain/pir/pir-due-date';
import type { PirTemplate } from '../../domain/pir/pir-template';
import type { UserRefRecord } from '../initiative-record';

/**
 * The CSI admins' PIR settings (issue 11 items 1 and 2): the major-change rules in order (the
 * first match wins), the templates they name, and the due-date timings. Version 0 is the shipped
 * default, never stored; each save is the next version.
 */
export interface StoredPirSettings {
  version: number;
  rules: MajorChangeRule[];
  templates: PirTemplate[];
  timings: PirTimings;
  changedBy: UserRefRecord | null;
  changedAt: string | null;
}
