/** Numbers distinct strings 0, 1, 2… in order of first appearance. */
export class Numbering {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  /** The number of `value`, given it now if it has none yet. */
  of(value: string): number {
    let n = this.index.get(value);
    if (n === undefined) {
      n = this.list.length;
      this.list.push(value);
      this.index.set(value, n);
    }
    return n;
  }

  /** The number of `value`, if it has one. */
  find(value: string): number | undefined {
    return this.index.get(value);
  }
}
