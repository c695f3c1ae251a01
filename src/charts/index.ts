/** Every chart of the site, by the id its embed page and data downloads use. */
import type { ChartDefinition } from './chart.ts';
import { courtPath } from './court-path.ts';
import { grounds } from './grounds.ts';
import { judges } from './judges.ts';
import { lawsuitsByState } from './lawsuits-by-state.ts';
import { outcomeShares } from './outcome-shares.ts';
import { plaintiffs } from './plaintiffs.ts';
import { stateCases } from './state-cases.ts';
import { timeline } from './timeline.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows differ per chart
export const CHARTS: readonly ChartDefinition<any>[] = [
  lawsuitsByState,
  timeline,
  outcomeShares,
  plaintiffs,
  grounds,
  judges,
  stateCases,
  courtPath,
];

/** The charts a story can show as a component; a court path belongs to its case page. */
export const STORY_CHARTS = CHARTS.filter((chart) => !chart.supports.caseRequired);

export function chartById(id: string) {
  return CHARTS.find((c) => c.id === id);
}
