/**
 * A small deterministic random source (mulberry32), so that every bench
 * run builds the same library from the same seed and figures from two
 * runs compare like with like.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(choices: readonly T[]): T {
    const choice = choices[Math.floor(this.next() * choices.length)];
    if (choice === undefined) throw new Error('pick from an empty list');
    return choice;
  }

  /** Up to `count` distinct entries of `choices`, in random order. */
  sample<T>(choices: readonly T[], count: number): T[] {
    const pool = [...choices];
    const taken: T[] = [];
    while (taken.length < count && pool.length > 0) {
      const [choice] = pool.splice(Math.floor(this.next() * pool.length), 1);
      if (choice !== undefined) taken.push(choice);
    }
    return taken;
  }

  /** A version-4-shaped UUID drawn from this source, not from the OS. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16));
    hex[12] = '4';
    hex[16] = (8 + this.int(0, 3)).toString(16);
    const text = hex.join('');
    return [
      text.slice(0, 8),
      text.slice(8, 12),
      text.slice(12, 16),
      text.slice(16, 20),
      text.slice(20),
    ].join('-');
  }
}
