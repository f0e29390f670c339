// Case-insensitive name comparisons for the semantic checks, which run on every parse: no lower-case copies unless
// two names could be equal.

/** True when `name` equals `lower` (given in lower case) ignoring case. */
export function isNamed(name: string, lower: string): boolean {
  return name.length === lower.length && (name === lower || name.toLowerCase() === lower);
}

/** True when the two names are equal ignoring case. */
export function sameName(a: string, b: string): boolean {
  return a.length === b.length && (a === b || a.toLowerCase() === b.toLowerCase());
}

/**
 * Calls `onRepeat(i)` for each name that repeats an earlier one ignoring case (null names are skipped), in order, as
 * a HashSet with OrdinalIgnoreCase would find them. Short lists (hashtable keys, parameters) are compared pairwise;
 * long ones through a set of lower-cased names.
 */
export function forEachRepeatedName(
  names: readonly (string | null)[],
  onRepeat: (index: number) => void,
): void {
  const n = names.length;
  if (n < 2) return;
  if (n <= 16) {
    for (let i = 1; i < n; i++) {
      const name = names[i];
      if (name === null || name === undefined) continue;
      for (let j = 0; j < i; j++) {
        const earlier = names[j];
        if (earlier !== null && earlier !== undefined && sameName(earlier, name)) {
          onRepeat(i);
          break;
        }
      }
    }
    return;
  }
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const name = names[i];
    if (name === null || name === undefined) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) onRepeat(i);
    else seen.add(key);
  }
}
