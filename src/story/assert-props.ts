/**
 * The same prop check, run by each story component as it renders: a second net for uses the
 * MDX check does not see (a component used from an .astro page), naming the component and prop.
 */
import { checkProps, formatPropProblem, type StoryContext } from './props.ts';

export function assertStoryProps(component: string, props: object, context: StoryContext): void {
  const given = new Map(Object.entries(props).filter(([, value]) => value !== undefined));
  const problems = checkProps(component, given, context);
  if (problems.length > 0) throw new Error(problems.map((p) => formatPropProblem(component, p)).join('\n'));
}
