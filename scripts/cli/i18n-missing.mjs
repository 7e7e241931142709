#!/usr/bin/env node
// Lists, for each interface language, the English keys it still lacks (plural forms per
// Intl.PluralRules included), as JSON with the English text: a translator's to-do list.
//   node scripts/cli/i18n-missing.mjs [code]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../../src/i18n/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const flatten = (v, p = '', out = new Map()) => {
  if (typeof v === 'string') out.set(p, v);
  else for (const [k, x] of Object.entries(v ?? {})) flatten(x, p ? `${p}.${k}` : k, out);
  return out;
};
const en = new Map();
for (const f of readdirSync(path.join(dir, 'en')).filter((f) => f.endsWith('.json'))) {
  flatten(JSON.parse(readFileSync(path.join(dir, 'en', f), 'utf8')), '', en);
}
const area = JSON.parse(readFileSync(path.resolve(dir, '../../../data/area.json'), 'utf8'));
const codes = process.argv[2] ? [process.argv[2]] : area.languages.filter((c) => c !== 'en');
for (const code of codes) {
  const file = path.join(dir, `${code}.json`);
  const have = existsSync(file) ? flatten(JSON.parse(readFileSync(file, 'utf8'))) : new Map();
  const cats = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  const missing = {};
  for (const [key, text] of en) {
    if (PLURAL.test(key)) {
      const base = key.replace(PLURAL, '');
      // Show each category the English form nearest to it: the same category if English has it, else "other".
      for (const c of cats) {
        if (!have.get(`${base}_${c}`)) missing[`${base}_${c}`] = en.get(`${base}_${c}`) ?? en.get(`${base}_other`) ?? text;
      }
    } else if (!have.get(key)) missing[key] = text;
  }
  console.log(JSON.stringify({ code, pluralCategories: cats, missing: Object.keys(missing).length, keys: missing }, null, 2));
}
