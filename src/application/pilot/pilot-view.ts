import type { PilotView } from '../../contracts/pilot-view';
import type { PilotRecord } from './pilot-record';
import { commitmentsPart } from './commitment-view';
import { dependenciesPart } from './dependency-view';
import { checkpointsView } from './checkpoint-view';

/** Who is looking, as the panel knows it from the platform context. */
export interface PilotViewer {
  accountId: string;
  canEdit: boolean;
  isCsiAdmin: boolean;
}

/** Shapes what the panel shows of the pilot from the stored record; the UI renders it as given. */
export function pilotView(pilot: PilotRecord | undefined, viewer: PilotViewer): PilotView {
  return {
    stored: pilot !== undefined,
    checkpoints: checkpointsView(pilot, viewer),
    commitments: commitmentsPart(pilot),
    dependencies: dependenciesPart(pilot),
  };
}
