/**
 * Scroll steps with IntersectionObserver rather than a library: the browser already tells us
 * which step is in view, scrollama would add kilobytes for the same, and neither handles reduced
 * motion or keyboard stepping, which this has to do itself anyway.
 */
export function enableScrollSequences(root: Document): void {
  for (const sequence of root.querySelectorAll<HTMLElement>('[data-sequence]')) enable(sequence);
}

function enable(sequence: HTMLElement): void {
  const graphic = sequence.querySelector<HTMLElement>('[data-sequence-graphic]');
  const controls = sequence.querySelector<HTMLElement>('[data-sequence-controls]');
  const steps = [...sequence.querySelectorAll<HTMLElement>('[data-step-id]')];
  if (!graphic || !controls || steps.length === 0 || !('IntersectionObserver' in window)) return;

  // Each step's chart moves into the one sticky frame; the step keeps its text.
  const figures = steps.map((step) => {
    const figure = step.querySelector<HTMLElement>('.step-chart');
    if (figure) graphic.append(figure);
    return figure;
  });
  sequence.classList.add('is-enhanced');
  controls.hidden = false;

  let active = -1;
  const show = (index: number) => {
    if (index === active || index < 0 || index >= steps.length) return;
    active = index;
    figures.forEach((figure, i) => {
      if (figure) figure.hidden = i !== index;
    });
    steps.forEach((step, i) => step.classList.toggle('is-active', i === index));
    const [previous, next] = controls.querySelectorAll('button');
    if (previous) previous.disabled = index === 0;
    if (next) next.disabled = index === steps.length - 1;
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) show(steps.indexOf(entry.target as HTMLElement));
    },
    // A step becomes active when it crosses the middle of the screen.
    { rootMargin: '-45% 0px -45% 0px' },
  );
  steps.forEach((step) => observer.observe(step));

  const goTo = (index: number) => {
    const step = steps[index];
    if (!step) return;
    show(index);
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    step.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'center' });
    step.focus({ preventScroll: true });
    history.replaceState(null, '', `#${step.id}`);
  };
  controls.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-step]');
    if (button) goTo(Math.max(0, active) + Number(button.dataset.step));
  });

  // A deep link to a step opens the sequence on that step. Moving the charts out of the steps
  // changed the layout under the browser's own jump to the anchor, so jump again.
  const fromHash = steps.findIndex((s) => `#${s.id}` === location.hash);
  show(fromHash >= 0 ? fromHash : 0);
  if (fromHash >= 0) steps[fromHash]!.scrollIntoView({ block: 'center', behavior: 'instant' });
}
