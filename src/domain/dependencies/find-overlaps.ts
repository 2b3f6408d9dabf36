/** An initiative and the services it names. */
export interface ServiceFootprint {
  id: string;
  /** The Jira issue key, for people. */
  key: string;
  services: readonly string[];
  /** Whether the initiative is active (approved, piloting or rolling out, for example). */
  active: boolean;
}

/** Another active initiative touching some of the same services. */
export interface ServiceOverlap {
  id: string;
  key: string;
  /** The services both name, sorted. */
  services: string[];
}

/**
 * Dependency analysis before go (domain.md section 9): the other active initiatives that affect the
 * same services as `mine`, with the services they share; most shared services first, then by key.
 * The initiative itself and inactive ones are left out.
 *
 * @example
 * findOverlaps({ id: '1', key: 'CSI-1', services: ['vpn', 'mail'], active: true },
 *   [{ id: '2', key: 'CSI-2', services: ['mail'], active: true }]);
 * // [{ id: '2', key: 'CSI-2', services: ['mail'] }]
 */
export function findOverlaps(mine: ServiceFootprint, others: readonly ServiceFootprint[]): ServiceOverlap[] {
  const own = new Set(mine.services);
  return others
    .filter((other) => other.active && other.id !== mine.id)
    .map((other) => ({
      id: other.id,
      key: other.key,
      services: [...new Set(other.services.filter((s) => own.has(s)))].sort(),
    }))
    .filter((overlap) => overlap.services.length > 0)
    .sort((a, b) => b.services.length - a.services.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
