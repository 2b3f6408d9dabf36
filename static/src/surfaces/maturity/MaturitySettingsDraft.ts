import type { CriterionView, MaturityModelView } from '@contracts/maturity.contract';

/** The dimensions of a model being edited (the model's own shape, without its version). */
export type DraftDimensions = MaturityModelView['dimensions'];

/** Where one level sits in the draft: its dimension's and its own index. */
export interface LevelAt {
  d: number;
  l: number;
}

/** The draft with one level's criteria replaced by `edit` of them; everything else as it was. */
export function editLevel(
  dims: DraftDimensions,
  { d, l }: LevelAt,
  edit: (criteria: CriterionView[]) => CriterionView[],
): DraftDimensions {
  return dims.map((dim, i) =>
    i !== d
      ? dim
      : { ...dim, levels: dim.levels.map((lvl, j) => (j !== l ? lvl : { ...lvl, criteria: edit(lvl.criteria) })) },
  );
}

/** Every criterion id in some dimensions. */
const idsOf = (dims: DraftDimensions): string[] =>
  dims.flatMap((d) => d.levels.flatMap((l) => l.criteria.map((c) => c.id)));

/**
 * The prefix a dimension's criterion ids start with: the one its criteria already share
 * (`gov` for `gov-1-owner`), else the dimension's first three letters.
 *
 * @example idPrefix({ dimension: 'governance', levels: [] }) // 'gov'
 */
export function idPrefix(dim: DraftDimensions[number]): string {
  const prefixes = new Set(dim.levels.flatMap((l) => l.criteria.map((c) => c.id.split('-')[0] ?? '')));
  const [only] = [...prefixes];
  return prefixes.size === 1 && only ? only : dim.dimension.slice(0, 3).toLowerCase();
}

/** Up to three words of `text`, lower case, as dashes and letters (at most 24 characters). */
export function slugOf(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2);
  return words.slice(0, 3).join('-').slice(0, 24).replace(/-+$/, '') || 'criterion';
}

/**
 * A new criterion's id: the dimension's prefix, the level and a slug of its text, made unique
 * against the draft and the model as loaded (a removed id is not reused, so old ratings never
 * attach to a new criterion).
 *
 * @example newCriterionId(dims, loaded, { d: 0, l: 2 }, 'Decisions are reviewed') // 'gov-3-decisions-are-reviewed'
 */
export function newCriterionId(dims: DraftDimensions, loaded: DraftDimensions, at: LevelAt, text: string): string {
  const dim = dims[at.d];
  const level = dim?.levels[at.l]?.level ?? at.l + 1;
  const base = `${dim ? idPrefix(dim) : 'crit'}-${level}-${slugOf(text)}`;
  const taken = new Set([...idsOf(dims), ...idsOf(loaded)]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The save payload's dimensions: each criterion's id and text, and its automatic check where it has one. */
export function toModelInput(dims: DraftDimensions) {
  return dims.map((d) => ({
    dimension: d.dimension,
    levels: d.levels.map((l) => ({
      level: l.level,
      criteria: l.criteria.map((c) =>
        c.automaticCheck ? { id: c.id, text: c.text, automaticCheck: c.automaticCheck } : { id: c.id, text: c.text },
      ),
    })),
  }));
}
