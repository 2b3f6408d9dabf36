import { Faults } from '../../testing/faults';
import type { MemoryRequests } from '../../testing/memory-requests';
import { assertFits, copy } from '../../testing/stored-value';
import { MATURITY_HISTORY_LIMIT } from '../maturity-access';
import {
  assessmentRecordSchema,
  assessorRatingsRecordSchema,
  gapIssuesRecordSchema,
  maturitySettingsSchema,
  periodSummarySchema,
  type Assessment,
  type AssessmentRecord,
  type AssessorRatingsRecord,
  type GapIssuesRecord,
  type MaturitySettings,
  type PeriodSummary,
} from '../maturity-records';
import type { MaturityStorePort, WriteOptions } from '../maturity.ports';

type Parse<T> = { parse(value: unknown): T };
type RateAnswer = Awaited<ReturnType<MaturityStorePort['rate']>>;
type SubmitAnswer = Awaited<ReturnType<MaturityStorePort['submit']>>;

/** One kind of record, stored as JSON and parsed on every read, as the repository does. */
class Table<T extends object> {
  private readonly rows = new Map<string, string>();
  constructor(private readonly schema: Parse<T>) {}
  read(key: string): T | undefined {
    const json = this.rows.get(key);
    return json === undefined ? undefined : this.schema.parse(JSON.parse(json));
  }
  /** Checks what would be stored (the schema, the platform's size limit) before anything is written. */
  storable(value: T, what: string): string {
    assertFits(value, what);
    return JSON.stringify(this.schema.parse(copy(value)));
  }
  put(key: string, json: string): void {
    this.rows.set(key, json);
  }
  keys(): string[] {
    return [...this.rows.keys()];
  }
}

/** A stored copy of what may be absent. */
const copied = <T>(value: T | undefined): T | undefined => (value === undefined ? undefined : copy(value));
const ratingsKey = (period: string, accountId: string) => `${period}|${accountId}`;
const next = <T extends { revision: number }>(value: T, before: { revision: number } | undefined): T => ({
  ...value,
  revision: (before?.revision ?? 0) + 1,
});

/**
 * `MaturityStorePort` in memory, with its documented contract: records parsed on every read; each
 * write moves the revision by one and commits its request key with it (a committed key writes
 * nothing and answers what is stored); too large a record is refused before anything is written.
 * `reads` names every read, for the tests of bounded reads. `beforeNextCommit` runs a change of
 * another call between a write's read and its commit: the conditional write then fails and is
 * retried with fresh reads, as on the real store. Faults: `maturity.rate`, `maturity.submit`,
 * `maturity.settings`, `maturity.assessment`, `maturity.gaps`.
 */
export class MemoryMaturityStore implements MaturityStorePort {
  readonly reads: string[] = [];
  private readonly settings = new Table<MaturitySettings>(maturitySettingsSchema);
  private readonly headers = new Table<AssessmentRecord>(assessmentRecordSchema);
  private readonly ratings = new Table<AssessorRatingsRecord>(assessorRatingsRecordSchema);
  private readonly summaries = new Table<PeriodSummary>(periodSummarySchema);
  private readonly gaps = new Table<GapIssuesRecord>(gapIssuesRecordSchema);
  private readonly interleaved: (() => void)[] = [];

  constructor(
    private readonly requests: MemoryRequests,
    private readonly faults: Faults = new Faults(),
  ) {}

  /** Runs `other` (another call's write) after the next write has read and before it commits. */
  beforeNextCommit(other: () => void): void {
    this.interleaved.push(other);
  }

  /** Stores a record as another call would have (seeding, or inside `beforeNextCommit`). */
  seed(record: { settings?: MaturitySettings; header?: AssessmentRecord; summary?: PeriodSummary }): void {
    if (record.settings) this.settings.put('settings', this.settings.storable(record.settings, 'settings'));
    if (record.header) this.headers.put(record.header.period, this.headers.storable(record.header, 'header'));
    if (record.summary) this.summaries.put(record.summary.period, this.summaries.storable(record.summary, 'summary'));
  }

  /** What is stored, read without counting (for assertions). */
  stored() {
    return {
      settings: this.settings.read('settings'),
      header: (period: string) => this.headers.read(period),
      ratings: (period: string, accountId: string) => this.ratings.read(ratingsKey(period, accountId)),
      summary: (period: string) => this.summaries.read(period),
      summaries: () => this.summaries.keys().sort(),
      gaps: (period: string) => this.gaps.read(period),
    };
  }

  readonly getSettings = () => this.counted('getSettings', () => this.settings.read('settings'));
  readonly getAssessment = (period: string) => this.counted('getAssessment', () => this.headers.read(period));
  readonly getRatings = (period: string, accountId: string) =>
    this.counted('getRatings', () => this.ratings.read(ratingsKey(period, accountId)));
  readonly readAssessment = (period: string) => this.counted('readAssessment', () => this.assessment(period));
  readonly getSummary = (period: string) => this.counted('getSummary', () => this.summaries.read(period));
  readonly getGapIssues = (period: string) => this.counted('getGapIssues', () => this.gaps.read(period));

  readonly listSummaries = (limit: number): Promise<PeriodSummary[]> => {
    if (limit > MATURITY_HISTORY_LIMIT) throw new RangeError(`One query lists at most ${MATURITY_HISTORY_LIMIT}`);
    const periods = this.summaries.keys().sort().reverse().slice(0, limit);
    return this.counted('listSummaries', () => periods.map((p) => this.summaries.read(p) as PeriodSummary));
  };

  readonly updateSettings = (
    change: (current: MaturitySettings | undefined) => MaturitySettings | undefined,
    options: WriteOptions = {},
  ): Promise<MaturitySettings | undefined> =>
    this.write(
      'maturity.settings',
      options,
      () => {
        const before = this.settings.read('settings');
        const after = change(copied(before));
        if (!after) return { answer: before };
        const json = this.settings.storable(next(after, before), 'The maturity settings');
        return { commit: () => this.settings.put('settings', json), answer: () => this.settings.read('settings') };
      },
      () => this.settings.read('settings'),
    );

  readonly rate: MaturityStorePort['rate'] = (period, accountId, change, options = {}) =>
    this.write<RateAnswer>(
      'maturity.rate',
      options,
      () => {
        const [header, mine] = [this.headers.read(period), this.ratings.read(ratingsKey(period, accountId))];
        const after = change(copied(header), copied(mine));
        if (!after) return { answer: { changed: false, header, mine } };
        if (after.header.period !== period || after.mine.accountId !== accountId) throw new Error('Wrong record');
        const h = this.headers.storable(next(after.header, header), 'This assessment');
        const m = this.ratings.storable(next(after.mine, mine), 'Your ratings of this period');
        return {
          commit: () => (this.headers.put(period, h), this.ratings.put(ratingsKey(period, accountId), m)),
          answer: () => ({ changed: true, header: this.headers.read(period), mine: this.read(period, accountId) }),
        };
      },
      () => ({ changed: false, header: this.headers.read(period), mine: this.read(period, accountId) }),
    );

  readonly submit: MaturityStorePort['submit'] = (period, change, options = {}) =>
    this.write<SubmitAnswer>(
      'maturity.submit',
      options,
      () => {
        const current = this.assessment(period);
        if (!current) return { answer: { changed: false, assessment: undefined, summary: undefined } };
        const after = change(copy(current));
        if (!after) return { answer: { changed: false, assessment: current, summary: this.summaries.read(period) } };
        // The transaction's condition: no summary for the period yet (a submission in between fails it).
        if (this.summaries.read(period)) return 'retry';
        const h = this.headers.storable(next(after.header, current), 'This assessment');
        const s = this.summaries.storable(after.summary, 'The summary');
        return {
          commit: () => (this.headers.put(period, h), this.summaries.put(period, s)),
          answer: () => ({ changed: true, assessment: this.assessment(period), summary: this.summaries.read(period) }),
        };
      },
      () => ({ changed: false, assessment: this.assessment(period), summary: this.summaries.read(period) }),
    );

  readonly updateAssessment: MaturityStorePort['updateAssessment'] = (period, change) =>
    this.write(
      'maturity.assessment',
      {},
      () => {
        const before = this.headers.read(period);
        const after = before && change(copy(before));
        if (!after) return { answer: before };
        const json = this.headers.storable(next(after, before), 'This assessment');
        return { commit: () => this.headers.put(period, json), answer: () => this.headers.read(period) };
      },
      () => this.headers.read(period),
    );

  readonly updateGapIssues: MaturityStorePort['updateGapIssues'] = (period, change) =>
    this.write(
      'maturity.gaps',
      {},
      () => {
        const before = this.gaps.read(period);
        const after = change(copied(before));
        if (!after) return { answer: before };
        const json = this.gaps.storable(next(after, before), 'The gap issues');
        return { commit: () => this.gaps.put(period, json), answer: () => this.gaps.read(period) };
      },
      () => this.gaps.read(period),
    );

  private read(period: string, accountId: string): AssessorRatingsRecord | undefined {
    return this.ratings.read(ratingsKey(period, accountId));
  }

  private assessment(period: string): Assessment | undefined {
    const header = this.headers.read(period);
    if (!header) return undefined;
    const ratings = Object.fromEntries(
      header.raters.flatMap((a) => {
        const mine = this.read(period, a);
        return mine ? [[a, mine.ratings]] : [];
      }),
    );
    return { ...header, ratings };
  }

  private counted<T>(name: string, read: () => T): Promise<T> {
    this.reads.push(name);
    return Promise.resolve(read());
  }

  /**
   * One conditional write: `attempt` reads and decides; a change interleaved by `beforeNextCommit`
   * (or 'retry') fails the condition and the attempt runs again on fresh reads.
   */
  private async write<A>(
    operation: string,
    options: WriteOptions,
    attempt: () => { answer: A } | { commit: () => void; answer: () => A } | 'retry',
    committed: () => A,
  ): Promise<A> {
    if (options.requestKey && (await this.requests.seen(options.requestKey))) return committed();
    for (let tries = 0; tries < 10; tries += 1) {
      const decided = attempt();
      if (decided === 'retry') continue;
      if (!('commit' in decided)) return decided.answer;
      const other = this.interleaved.shift();
      if (other) {
        other();
        continue;
      }
      this.faults.beforeWrite(operation);
      decided.commit();
      this.requests.commit(options.requestKey, { kind: 'write', what: operation });
      this.faults.afterWrite(operation);
      return decided.answer();
    }
    throw new Error(`${operation}: too much contention`);
  }
}
