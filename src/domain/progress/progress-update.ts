/** The author's overall status of the initiative in a progress update. */
export type UpdateRag = 'green' | 'amber' | 'red';

/**
 * The structured progress update every initiative uses (one layout for all, per the communication
 * template). `whatChanged` and `next` are required; `risks` and `asks` may be empty ("none").
 *
 * @example
 * const update: ProgressUpdate = { whatChanged: 'Pilot live in EMEA', next: 'Gate 2 on 14 March',
 *   risks: '', asks: 'Two more agents for the pilot', rag: 'amber' };
 */
export interface ProgressUpdate {
  whatChanged: string;
  next: string;
  risks: string;
  asks: string;
  rag: UpdateRag;
}

/** Longest accepted text per field, in characters (after trimming). */
export const PROGRESS_UPDATE_MAX_LENGTH = 4000;
