/**
 * The same prop check, run by each story component as it renders: a second net for uses the
 * MDX check does not see (a component used from an .astro page), naming the component and prop.
 * A value this data folder lacks is stale prose, let through only when that is allowed.
 */
import { checkProps, formatPropProblem, type StoryContext } from './props.ts';
import { staleProseAllowed } from './story-files.ts';

export function assertStoryProps(component: string, props: object, context: StoryContext): void {
  const given = new Map(Object.entries(props).filter(([, value]) => value !== undefined));
  const problems = checkProps(component, given, context).filter((p) => !(p.missingFromData && staleProseAllowed()));
  if (problems.length > 0) throw new Error(problems.map((p) => formatPropProblem(component, p)).join('\n'));
}
