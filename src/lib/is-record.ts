/** A JSON object whose fields can be read: not null, not a list. Parsed JSON and stored values are checked with this before use. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
