/** A failed transaction check or key policy: KVS answers 409 (the code text is not documented). */
export function isConflict(error: unknown): boolean {
  const e = error as { code?: unknown; responseDetails?: { status?: unknown } } | null;
  return (
    e?.responseDetails?.status === 409 || (typeof e?.code === 'string' && /CONDITION|CONFLICT|EXISTS/i.test(e.code))
  );
}

/** Commits a conditional write: `false` when a condition failed (someone wrote first), else `true`. */
export async function committed(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}
