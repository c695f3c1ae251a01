/** Components given markup the validator would refuse still render it as text. */
import path from 'node:path';

import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';

import CaseTable from '../../src/components/CaseTable.astro';
import DataTable from '../../src/components/DataTable.astro';
import { loadDataset } from '../../src/data/load.ts';
import { caseViews } from '../../src/site/cases.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('components given markup the validator would refuse', () => {
  let container: AstroContainer;
  const data = loadDataset(path.join(ROOT, 'tests/fixtures/charts'));
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  test('the case table escapes it', async () => {
    if (!data.ok) throw new Error('fixture invalid');
    const evil = { ...data.data.lawsuits[0]!, case_name: '<script>alert(1)</script>', summary: '<img src=x onerror=alert(1)>' };
    const html = await container.renderToString(CaseTable, {
      props: { cases: caseViews({ ...data.data, lawsuits: [evil] }, '2026-11-26'), caption: 'x' },
    });
    const { document } = parseHTML(`<body>${html}</body>`);
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(document.querySelector('.case-name')?.textContent).toBe('<script>alert(1)</script>');
    expect(document.querySelector('.case-summary')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  test('the data table escapes it', async () => {
    const html = await container.renderToString(DataTable, {
      props: { caption: '<i>c</i>', columns: [{ field: 'a', label: '<b>A</b>' }], rows: [{ a: '<svg onload=alert(1)>' }] },
    });
    // Inside an attribute "<" is harmless; what matters is that no element was made of it.
    const { document } = parseHTML(`<body>${html}</body>`);
    expect(document.querySelectorAll('i, b, svg')).toHaveLength(0);
    expect(document.querySelector('tbody th')?.textContent).toBe('<svg onload=alert(1)>');
    expect(document.querySelector('section')?.getAttribute('aria-label')).toBe('<i>c</i>');
  });
});
