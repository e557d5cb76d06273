/**
 * "Did you mean": the sibling field an unknown key was meant to be. A suggestion is made
 * only when it is unambiguous, because the quick fix renames the key to it:
 * 1. a field that differs only in case (`livenessprobe` → `livenessProbe`); or else
 * 2. the one field nearest by edit distance (insertions, deletions, substitutions and
 *    transpositions of neighbours, case ignored), within 1 edit for keys of up to 4
 *    characters, 2 up to 10, 3 beyond; when two fields are equally near, none is.
 */

export function suggestField(key: string, fields: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const sameLetters = fields.filter((f) => f.toLowerCase() === lower);
  if (sameLetters.length === 1) return sameLetters[0];
  const limit = key.length <= 4 ? 1 : key.length <= 10 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const field of fields) {
    const distance = editDistance(lower, field.toLowerCase());
    if (distance < bestDistance) [best, bestDistance, tie] = [field, distance, false];
    else if (distance === bestDistance) tie = true;
  }
  return bestDistance <= limit && !tie ? best : undefined;
}

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
