/**
 * One problem found in data/: its own module so that the validator's parts (validate-refs.ts,
 * …) can name it without importing validate.ts, which imports them.
 */
export interface Problem {
  /** e.g. "data/catalogue/services.json" */
  file: string;
  /** The record's id; "(record 3)" (counting from 1) when it has none; "-" for a problem with the whole file. */
  id: string;
  /** The field at fault; "-" when the problem is with the whole record or file. */
  field: string;
  /** Plain words. */
  reason: string;
}
