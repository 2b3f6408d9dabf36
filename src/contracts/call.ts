import type * as z from 'zod/mini';

/**
 * One resolver call: its key, the strict schema of its payload, and (as a phantom type) its result.
 * Defined once here and imported by the resolver and by the UI's typed `invoke` wrapper.
 */
export interface CallContract<I extends z.ZodMiniType, O> {
  key: string;
  input: I;
  /** Phantom: never set at run time, carries the result type to the UI. */
  readonly output?: O;
}

export function defineCall<O>() {
  return <I extends z.ZodMiniType>(key: string, input: I): CallContract<I, O> => ({ key, input });
}

export type CallInput<C> = C extends CallContract<infer I, unknown> ? z.input<I> : never;
export type CallOutput<C> = C extends CallContract<z.ZodMiniType, infer O> ? O : never;
