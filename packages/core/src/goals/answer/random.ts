/** Seeded choices, so the same seed always gives the same draft (and tests can pin one). */

/** mulberry32: a tiny, well-spread 32-bit generator. */
export function seededRandom(seed: number): () => number {
  let a = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A phrasing and the lead-in it leans on ("want", "goal"…), so one draft does not say "I want to" in every sentence. */
export interface Phrasing<A extends unknown[]> {
  leadIn: string;
  render: (...args: A) => string;
}

export class Chooser {
  private readonly used = new Set<string>();
  constructor(private readonly random: () => number) {}

  /** Any one of the items. */
  any<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] ?? items[0]!;
  }

  /** A phrasing whose lead-in the draft has not used yet, when there is one. */
  phrasing<A extends unknown[]>(options: readonly Phrasing<A>[]): Phrasing<A> {
    const fresh = options.filter((o) => !this.used.has(o.leadIn));
    const choice = this.any(fresh.length > 0 ? fresh : options);
    this.used.add(choice.leadIn);
    return choice;
  }
}
