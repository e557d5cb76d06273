/** A line diff (longest common subsequence), for checking what --fix changed. */
export interface LineDiff {
  /** Lines of `a` not kept in `b`. */
  readonly removed: readonly string[];
  /** Lines of `b` not in `a`. */
  readonly added: readonly string[];
}

export function lineDiff(a: string, b: string): LineDiff {
  const x = a.split('\n');
  const y = b.split('\n');
  // lcs[i][j]: length of the LCS of x[i..] and y[j..]
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = x[i] === y[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      i++;
      j++;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) removed.push(x[i++] as string);
    else added.push(y[j++] as string);
  }
  removed.push(...x.slice(i));
  added.push(...y.slice(j));
  return { removed, added };
}

/** `      terminationGracePeriodSeconds: 30` → `      terminationGracePeriodSeconds:`; `- {name: x}` → `- {name:`. */
export function keyOfLine(line: string): string {
  const colon = line.indexOf(':');
  return colon < 0 ? line : line.slice(0, colon + 1);
}
