/**
 * The catalogue's schema (validate-schema.ts, what the validator accepts) and its types (oruk.ts,
 * what the code reads) describe the same records. Rather than keep them in step by hand, the type
 * checker holds them together: RowOf reads a schema as the record it accepts, and
 * SchemaMatchesTypes fails to compile, naming the table, when a field is in one and not the other,
 * is required in one and optional in the other, or takes other values.
 * The type definitions stay in oruk.ts because they carry the field notes (extensions, units).
 */
import type { CatalogueFiles, DatasetInfo, TableName } from './oruk';
import type { DatasetSchema, FieldType, TableSchemas } from './validate-schema';

interface ValueOfType {
  string: string;
  number: number;
  boolean: boolean;
  'string[]': string[];
}

/** The value a field spec accepts: one of its listed values, else any value of its type. */
type FieldValue<Spec> = Spec extends { oneOf: readonly (infer Listed)[] }
  ? Listed
  : Spec extends { type: infer T extends FieldType }
    ? ValueOfType[T]
    : never;

type RequiredKeys<S> = { [K in keyof S]: S[K] extends { required: true } ? K : never }[keyof S];

/** The record a schema accepts: required fields required, the rest optional. */
export type RowOf<S> = { [K in RequiredKeys<S>]: FieldValue<S[K]> } & {
  [K in Exclude<keyof S, RequiredKeys<S>>]?: FieldValue<S[K]>;
};

type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Assignable<A, B> = [A] extends [B] ? true : false;

/** true when the two records have the same fields, the same required ones, and the same values. */
export type SameRecord<A, B> = SameKeys<A, B> extends true ? (Assignable<A, B> extends true ? Assignable<B, A> : false) : false;

/** Compiles only when every check is true; the error names the ones that are not. */
export type InStep<Checks extends Record<string, true>> = Checks;

/** Fields the build stamps on records after reading the files (build/catalogue-layers.ts): no file gives them. */
type StampedByBuild = 'from_feeds';

export type SchemaMatchesTypes = InStep<
  { [T in TableName]: SameRecord<RowOf<TableSchemas[T]>, Omit<CatalogueFiles[T][number], StampedByBuild>> } & {
    dataset: SameRecord<RowOf<DatasetSchema>, DatasetInfo>;
  }
>;
