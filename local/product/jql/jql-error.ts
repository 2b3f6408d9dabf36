/** A JQL syntax or validation error; the message is the one Jira shows in `errorMessages`. */
export class JqlError extends Error {
  override readonly name = 'JqlError';
}

/** `Error in the JQL Query: <detail> (line 1, character N)`, Jira's syntax error form. */
export const syntaxError = (detail: string, pos: number): JqlError =>
  new JqlError(`Error in the JQL Query: ${detail} (line 1, character ${pos + 1})`);

/** A type guard that also works across module copies (it checks the literal `name`). */
export const isJqlError = (e: unknown): e is JqlError => e instanceof Error && e.name === 'JqlError';
