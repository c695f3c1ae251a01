/** The name readers see for a state code, from states.csv. */
import type { State } from './schema.ts';

const byList = new WeakMap<readonly State[], Map<string, string>>();

export function stateName(data: { states: readonly State[] }, code: string): string {
  let names = byList.get(data.states);
  if (!names) {
    names = new Map(data.states.map((s) => [s.code, s.name]));
    byList.set(data.states, names);
  }
  return names.get(code) ?? code;
}
