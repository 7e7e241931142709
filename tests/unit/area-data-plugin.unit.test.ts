/**
 * The build step that builds the app for the area in BSF_DATA_DIR: the area's name goes into
 * index.html as text, never markup; data/ imports are swapped only for files the other folder
 * has; and the brand colour swap fails loudly if base.css stops declaring it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillPlaceholders, redirectToDataDir, withBrandColour } from '../../build/area-data-plugin';
import { TEST_AREA } from '../fixtures/catalogue/valid';

describe('index.html placeholders', () => {
  it("fill in the area's name and colour, escaped so a name cannot add markup", () => {
    const area = { ...TEST_AREA, name: 'Vale "North" <script>', theme_color: '#4a3b8f' };
    const html = '<meta name="description" content="in %BSF_AREA_NAME%" /><meta name="theme-color" content="%BSF_THEME_COLOR%" />';
    expect(fillPlaceholders(html, area)).toBe(
      '<meta name="description" content="in Vale &quot;North&quot; &lt;script&gt;" /><meta name="theme-color" content="#4a3b8f" />',
    );
  });
});

describe('data/ imports from another folder', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'bsf-area-data-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const project = path.join(work, 'project/data');
  const other = path.join(work, 'other');
  mkdirSync(project, { recursive: true });
  mkdirSync(other, { recursive: true });
  writeFileSync(path.join(other, 'area.json'), '{}');

  it("read the other folder's copy when it has one, and the project's when it does not", () => {
    expect(redirectToDataDir(path.join(project, 'area.json'), project, other)).toBe(path.join(other, 'area.json'));
    expect(redirectToDataDir(path.join(project, 'synonyms.json'), project, other)).toBeUndefined();
  });

  it('leave files outside data/, and every file when the folder is data/ itself, alone', () => {
    expect(redirectToDataDir(path.join(work, 'project/src/i18n/en.json'), project, other)).toBeUndefined();
    expect(redirectToDataDir(path.join(project, 'area.json'), project, project)).toBeUndefined();
  });
});

describe('the brand colour', () => {
  it("replaces base.css's --brand, and refuses a stylesheet without it", () => {
    expect(withBrandColour(':root {\n  --brand: #00615c;\n  --text: #0b0c0c;\n}', '#4a3b8f')).toBe(
      ':root {\n  --brand: #4a3b8f;\n  --text: #0b0c0c;\n}',
    );
    expect(() => withBrandColour(':root { --text: #0b0c0c; }', '#4a3b8f')).toThrow(/no longer declares --brand/);
  });
});
