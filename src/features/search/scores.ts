/**
 * Per-service scores for one searched idea (pure). A dense typed array indexed by service plus the
 * list of services it touched: at 20,000 services a Map per idea spent most of each keystroke
 * hashing and collecting garbage. Arrays come from a pool and go back zeroed (only the touched
 * slots), so a keystroke allocates almost nothing.
 */
export class Scores {
  /** Services with a score, in the order first scored (may hold zeros after `keepBoth`, until `compact`). */
  docs: number[] = [];

  constructor(readonly value: Float64Array) {}

  /** Keeps the higher of the two scores. */
  raise(doc: number, score: number): void {
    const old = this.value[doc] as number;
    if (old >= score) return;
    if (old === 0) this.docs.push(doc);
    this.value[doc] = score;
  }

  add(doc: number, score: number): void {
    if (score <= 0) return;
    const old = this.value[doc] as number;
    if (old === 0) this.docs.push(doc);
    this.value[doc] = old + score;
  }

  /** For a phrase: each service keeps the weaker of its two scores, and services only here drop out. */
  keepBoth(other: Scores): void {
    for (const doc of this.docs) this.value[doc] = Math.min(this.value[doc] as number, other.value[doc] as number);
    this.docs = this.docs.filter((doc) => (this.value[doc] as number) > 0);
  }
}

/** Score arrays sized for one index's services, reused from search to search. */
export class ScorePool {
  private readonly free: Float64Array[] = [];

  constructor(private readonly size: number) {}

  take(): Scores {
    return new Scores(this.free.pop() ?? new Float64Array(this.size));
  }

  give(...scores: Scores[]): void {
    for (const s of scores) {
      for (const doc of s.docs) s.value[doc] = 0;
      this.free.push(s.value);
    }
  }
}
