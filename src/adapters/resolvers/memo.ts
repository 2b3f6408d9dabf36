/**
 * A per-call memo, so one resolver call reads a record (the settings, say) once even when the
 * permission check and the use case both need it. KVS operations are billed; repeats are waste.
 */
export type Memo = <T>(key: string, load: () => Promise<T>) => Promise<T>;

export function createMemo(): Memo {
  const values = new Map<string, Promise<unknown>>();
  return <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const existing = values.get(key);
    if (existing) return existing as Promise<T>;
    const value = load();
    values.set(key, value);
    return value;
  };
}
