/**
 * Filters and sorts the case table from the form, and keeps the choice in the URL
 * (?state=PA&outcome=dismissed&sort=filed-desc) so a view can be shared. Values from the URL are
 * only ever compared with the form's own options, never written into the page. When nothing
 * matches, the count says so and a button clears the filters.
 */
type SortKey = 'filed' | 'filed-desc' | 'ended' | 'ended-desc';

function allowed(select: HTMLSelectElement, value: string | null): string {
  return value !== null && [...select.options].some((o) => o.value === value) ? value : (select.options[0]?.value ?? '');
}

export function enableCaseFilters(root: Document): void {
  // A group of controls, not a form: filtering is live, so there is nothing to submit.
  const form = root.querySelector<HTMLElement>('[data-case-filters]');
  const table = root.querySelector<HTMLTableElement>('table.case-table');
  const count = root.querySelector<HTMLElement>('[data-case-count]');
  const empty = root.querySelector<HTMLElement>('[data-case-empty]');
  const reset = root.querySelector<HTMLButtonElement>('[data-case-reset]');
  if (!form || !table || !count) return;
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  const state = select('state');
  const outcome = select('outcome');
  const sort = select('sort');
  if (!state || !outcome || !sort) return;
  const body = table.tBodies[0]!;
  const rows = [...body.rows];

  const params = new URLSearchParams(location.search);
  state.value = allowed(state, params.get('state'));
  outcome.value = allowed(outcome, params.get('outcome'));
  sort.value = allowed(sort, params.get('sort'));

  const apply = (updateUrl: boolean) => {
    let shown = 0;
    for (const row of rows) {
      const visible = (!state.value || row.dataset.state === state.value) && (!outcome.value || row.dataset.status === outcome.value);
      row.hidden = !visible;
      if (visible) shown++;
    }
    const key = sort.value as SortKey;
    const field = key.startsWith('ended') ? 'ended' : 'filed';
    const direction = key.endsWith('desc') ? -1 : 1;
    // Cases without the date sort last either way.
    const sorted = [...rows].sort((a, b) => {
      const x = a.dataset[field] ?? '';
      const y = b.dataset[field] ?? '';
      if (!x || !y) return x ? -1 : y ? 1 : 0;
      return x.localeCompare(y) * direction;
    });
    body.append(...sorted);
    count.textContent =
      shown === rows.length
        ? `${rows.length} cases.`
        : shown === 0
          ? `No case matches both choices: none of the ${rows.length} cases.`
          : `Showing ${shown} of ${rows.length} cases.`;
    if (empty) empty.hidden = shown > 0;
    if (updateUrl) {
      const next = new URLSearchParams();
      if (state.value) next.set('state', state.value);
      if (outcome.value) next.set('outcome', outcome.value);
      if (sort.value !== 'filed') next.set('sort', sort.value);
      const query = next.toString();
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    }
  };

  form.addEventListener('change', () => apply(true));
  reset?.addEventListener('click', () => {
    state.value = '';
    outcome.value = '';
    apply(true);
    state.focus();
  });
  apply(false);
}
