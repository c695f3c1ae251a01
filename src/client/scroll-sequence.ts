/**
 * Scroll steps without a library: a step is active while it is past a line in the middle of the
 * free part of the screen, the part the sticky chart does not cover. That line moves with the
 * chart's height and the layout (beneath the chart on a phone, the whole screen beside it on a
 * desktop), which IntersectionObserver's fixed root margins cannot follow, so a passive scroll
 * listener reads the positions once per frame. Scrollama would add kilobytes for the same, and
 * neither handles reduced motion or keyboard stepping, which this has to do itself anyway.
 */

/** Where the layout puts the chart beside the steps; the same width as the stylesheet's. */
const SIDE_BY_SIDE = '(min-width: 60rem)';
/**
 * Screens too short for a sticky chart and a step's text together (a phone held sideways): there
 * the steps keep the page's own flow, each with its chart, as without JavaScript, so no chart can
 * ever cover a step's text. The same height as the stylesheet's.
 */
const SHORT = '(max-height: 32rem)';

export function enableScrollSequences(root: Document): void {
  for (const sequence of root.querySelectorAll<HTMLElement>('[data-sequence]')) enable(sequence);
}

function enable(sequence: HTMLElement): void {
  const graphic = sequence.querySelector<HTMLElement>('[data-sequence-graphic]');
  const controls = sequence.querySelector<HTMLElement>('[data-sequence-controls]');
  const now = sequence.querySelector<HTMLElement>('[data-sequence-now]');
  const steps = [...sequence.querySelectorAll<HTMLElement>('[data-step-id]')];
  if (!graphic || !controls || !now || steps.length === 0) return;
  const [previous, next] = controls.querySelectorAll('button');
  const sideBySide = matchMedia(SIDE_BY_SIDE);

  const figures = steps.map((step) => step.querySelector<HTMLElement>('.step-chart'));
  const short = matchMedia(SHORT);
  let active = -1;

  /** Sticky: each step's chart moves into the one frame; the step keeps its text. */
  const stick = () => {
    figures.forEach((figure) => figure && graphic.append(figure));
    sequence.classList.add('is-enhanced');
    controls.hidden = false;
    active = -1;
    update();
  };
  /** In the flow: every chart back in its step, after its text, and all of them shown. */
  const flow = () => {
    figures.forEach((figure, i) => {
      if (!figure) return;
      figure.hidden = false;
      steps[i]!.append(figure);
    });
    sequence.classList.remove('is-enhanced');
    steps.forEach((step) => step.classList.remove('is-active'));
    controls.hidden = true;
  };
  const enhanced = () => !short.matches;

  /**
   * The top of the screen area the chart leaves free for the step texts: below the chart on a
   * phone, where it sticks to the top of the screen once the sequence is reached.
   */
  const freeTop = () => (sideBySide.matches ? 0 : graphic.offsetHeight);

  const show = (index: number) => {
    if (index === active || index < 0 || index >= steps.length) return;
    active = index;
    figures.forEach((figure, i) => {
      if (figure) figure.hidden = i !== index;
    });
    steps.forEach((step, i) => step.classList.toggle('is-active', i === index));
    if (previous) previous.disabled = index === 0;
    if (next) next.disabled = index === steps.length - 1;
    now.textContent = `${steps[index]!.dataset.stepLabel ?? ''} · ${index + 1} of ${steps.length}`;
  };

  function update() {
    if (!enhanced()) return;
    const top = freeTop();
    const line = top + (innerHeight - top) / 2;
    let index = 0;
    steps.forEach((step, i) => {
      if (step.getBoundingClientRect().top <= line) index = i;
    });
    show(index);
  }
  let queued = false;
  const onScroll = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  addEventListener('scroll', onScroll, { passive: true });
  addEventListener('resize', onScroll, { passive: true });

  /** Scrolls a step to the middle of the free area, where it is active and wholly in view. */
  const bringIntoView = (index: number, behavior: ScrollBehavior) => {
    const step = steps[index]!;
    const top = freeTop();
    const rect = step.getBoundingClientRect();
    const offset = top + Math.max(8, (innerHeight - top - rect.height) / 2);
    scrollTo({ top: scrollY + rect.top - offset, behavior });
  };
  const goTo = (index: number) => {
    const step = steps[index];
    if (!step) return;
    show(index);
    bringIntoView(index, matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth');
    step.focus({ preventScroll: true });
    history.replaceState(null, '', `#${step.id}`);
  };
  controls.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-step]');
    if (button) goTo(Math.max(0, active) + Number(button.dataset.step));
  });
  // The jump links go through the same path, so they land a step where the chart leaves it room.
  sequence.querySelector('.sequence-jump')?.addEventListener('click', (event) => {
    // In the flow the browser's own jump to the anchor is the right one.
    if (!enhanced()) return;
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[href^="#"]');
    const index = link ? steps.findIndex((s) => `#${s.id}` === link.hash) : -1;
    if (index < 0) return;
    event.preventDefault();
    goTo(index);
  });

  // The layout follows the screen as it turns or resizes.
  short.addEventListener('change', () => (enhanced() ? stick() : flow()));
  if (!enhanced()) return;
  stick();
  // A deep link to a step opens the sequence on that step. Moving the charts out of the steps
  // changed the layout under the browser's own jump to the anchor, so place it again.
  const fromHash = steps.findIndex((s) => `#${s.id}` === location.hash);
  if (fromHash >= 0) {
    show(fromHash);
    bringIntoView(fromHash, 'instant');
  }
}
