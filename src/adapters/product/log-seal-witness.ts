import type { SealPorts } from '../../application/seal/seal-log.use-case';
import type { SealReading } from '../../application/seal/seal';
import { claimSealDay, lastSeal, releaseSealDay, rememberSeal } from '../storage/log-seal.repository';
import { findSealIssue, SEAL_LABEL, sealFieldId, type SealIssue } from './log-seal-issue';
import { readSeals, writeSeal } from './log-seal';

/** The seals in Jira (the seal issue found by its label, the field by its extension id) and the app's memory. */
export async function readSealReading(): Promise<SealReading & { issue?: SealIssue; fieldId: string }> {
  const [fieldId, issue, remembered] = await Promise.all([sealFieldId(), findSealIssue(), lastSeal()]);
  const seals = issue ? await readSeals(issue, fieldId) : [];
  return {
    where: issue?.key ?? null,
    seals,
    fieldId,
    ...(issue ? { issue } : {}),
    ...(remembered ? { remembered } : {}),
  };
}

/** The ports that write a seal into Jira, into the seal issue the admin labelled. */
export function sealPorts(reading: { issue?: SealIssue; fieldId: string }): SealPorts {
  return {
    claim: claimSealDay,
    release: releaseSealDay,
    remember: rememberSeal,
    async write(value) {
      const issue = reading.issue;
      if (!issue) throw new Error(`No issue is labelled ${SEAL_LABEL}: the log head is not witnessed outside storage`);
      await writeSeal(issue, reading.fieldId, value);
      const written = (await readSeals(issue, reading.fieldId)).at(-1);
      return { where: issue.key, sealedAt: written?.sealedAt ?? new Date().toISOString() };
    },
  };
}
