// Whether this machine has fonts for the language names in Bengali and Arabic script. Phones ship
// them; a bare Linux server does not, and then Chromium hunts for a fallback on every page load,
// which adds blocking time to Lighthouse's figures that a phone with those fonts does not have.
import { spawnSync } from 'node:child_process';

export function complexScriptFonts() {
  const has = (lang) => {
    const result = spawnSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' });
    return result.status === 0 && result.stdout.trim().length > 0;
  };
  return has('bn') && has('ar');
}
