/**
 * The directory's freshness as it truly is: when it was built and the years its sources are dated,
 * e.g. "2012–2025". Never a "checked on" date: no person checked the facts on the build date.
 */
export interface BuildMeta {
  builtOn: string;
  sourcesFrom?: string;
  sourcesTo?: string;
}

/** "2012–2025", "2025" when both ends are the same year, undefined when no source is dated. */
export function sourceYearsText(meta: Pick<BuildMeta, 'sourcesFrom' | 'sourcesTo'>): string | undefined {
  const { sourcesFrom: from, sourcesTo: to } = meta;
  if (!from || !to) return undefined;
  return from === to ? from : `${from}–${to}`;
}
