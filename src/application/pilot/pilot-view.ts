import type { PilotView } from '../../contracts/pilot-view';
import type { PilotRecord } from './pilot-record';

/** Who is looking, as the panel knows it from the platform context. */
export interface PilotViewer {
  accountId: string;
  canEdit: boolean;
  isCsiAdmin: boolean;
}

/** Shapes what the panel shows of the pilot from the stored record; the UI renders it as given. */
export function pilotView(pilot: PilotRecord | undefined, _viewer: PilotViewer): PilotView {
  return { stored: pilot !== undefined };
}
