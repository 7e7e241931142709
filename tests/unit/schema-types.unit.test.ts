/**
 * The catalogue schema (what the validator accepts) and oruk.ts's types (what the code reads) are
 * held together by the type checker (src/features/catalogue/schema-in-step.ts), not by hand. These
 * tests run the type checker on that file alone: it passes as shipped, and it refuses a type that
 * gains a field the schema lacks, or makes a required field optional.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const catalogueDir = join(root, 'src/features/catalogue');
const work = mkdtempSync(join(tmpdir(), 'bsf-schema-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Type-checks `source` (a module beside the check) with the project's strict settings. */
function typeCheck(name: string, source: string): { ok: boolean; output: string } {
  const file = join(work, `${name}.ts`);
  writeFileSync(file, source);
  const config = join(work, `${name}.tsconfig.json`);
  const compilerOptions = {
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    lib: ['es2023', 'dom'],
    types: [],
  };
  writeFileSync(config, JSON.stringify({ compilerOptions, files: [file] }));
  const run = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', config], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const imports = `
import type { InStep, RowOf, SameRecord, SchemaMatchesTypes } from '${catalogueDir}/schema-in-step';
import type { TableSchemas } from '${catalogueDir}/validate-schema';
import type { Phone } from '${catalogueDir}/oruk';
`;

// Each case runs the type checker (about 1 s alone, much longer on a loaded CI machine).
describe('the catalogue schema and its types', { timeout: 120_000 }, () => {
  it('describe the same fields, as shipped', () => {
    const result = typeCheck('shipped', `${imports}\nexport type Checked = SchemaMatchesTypes;\n`);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('cannot drift: a field added to the type alone is refused, naming the table', () => {
    const result = typeCheck(
      'extra-field',
      `${imports}\ntype Drifted = Phone & { extension_number?: string };\n` +
        `export type Checked = InStep<{ phones: SameRecord<RowOf<TableSchemas['phones']>, Drifted> }>;\n`,
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/phones/);
  });

  it('cannot drift: a field required by the schema but optional in the type is refused', () => {
    const result = typeCheck(
      'optional-number',
      `${imports}\ntype Drifted = Omit<Phone, 'number'> & { number?: string };\n` +
        `export type Checked = InStep<{ phones: SameRecord<RowOf<TableSchemas['phones']>, Drifted> }>;\n`,
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/phones/);
  });
});
