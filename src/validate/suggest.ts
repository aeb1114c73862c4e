/**
 * Edit distance between two short strings, ignoring case: insertions, deletions, substitutions
 * and swaps of two neighbouring characters each cost one (the optimal string alignment
 * distance). Stops early, returning `limit + 1`, once the distance must exceed `limit`, so a
 * comparison costs at most (length × (2 × limit + 1)) steps.
 * @internal
 */
export function editDistance(a: string, b: string, limit: number): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous: number[] = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current: number[] = [i];
    let best = i;
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[right.length] ?? limit + 1;
}

/** Longest input a suggestion is looked for: past it, a typo is not what went wrong. */
const MAX_SUGGESTED_LENGTH = 64;

/**
 * The known name closest to `input`, for a "did you mean" hint: a name that differs only in
 * case first, else the nearest within a third of the input's length (at least one edit, at most
 * three), ties going to the earlier name. `undefined` when nothing is that close:
 * `closestName('postion', ['company', 'position'])` is `'position'`. (Internal functions carry no
 * `@example` block: those are type-checked and run against the published entry points.)
 * @internal
 */
export function closestName(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length === 0 || input.length > MAX_SUGGESTED_LENGTH) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = editDistance(input, candidate, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
