/**
 * A ruling's name for quotes and the story: its case id and date, "pa-kelly-v-pennsylvania/2020-11-28",
 * with "/2", "/3" for further rulings of that case on that day in file order. Derived, never
 * typed into rulings.csv, so the desk records a ruling without inventing an id for it.
 */

interface RulingKey {
  case_id: string;
  date: string;
}

/** The id of each ruling, in the order given. */
export function rulingIds(rulings: readonly RulingKey[]): string[] {
  const seen = new Map<string, number>();
  return rulings.map((r) => {
    const base = `${r.case_id}/${r.date}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}/${n}`;
  });
}
