/** The pieces of the live data preview that need no running server. */
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { checkData, isDataFile, overlayError, problemPage, rendersFromData } from '../../src/integrations/data-watch.ts';
import { BROKEN_LAWSUITS } from '../helpers/broken-files.ts';
import { dataDirWith } from '../helpers/data-dir.ts';
import { ROOT } from '../helpers/run.ts';

const PUBLIC = path.join(ROOT, 'public');
const request = (url: string, method = 'GET') => ({ url, method });

describe('which saved files count as data', () => {
  test('CSV files inside the data folder only', () => {
    expect(isDataFile('/d/data/lawsuits.csv', '/d/data')).toBe(true);
    expect(isDataFile('/d/data/sub/extra.CSV', '/d/data')).toBe(true);
    expect(isDataFile('/d/data/notes.txt', '/d/data')).toBe(false);
    expect(isDataFile('/d/data-next/lawsuits.csv', '/d/data')).toBe(false);
    expect(isDataFile('/d/lawsuits.csv', '/d/data')).toBe(false);
  });
});

describe('which requests are answered with the problems while the data is bad', () => {
  test('pages and endpoints are', () => {
    for (const url of ['/', '/cases/', '/states/pa/', '/data/lawsuits.csv', '/favicon.ico', '/%E0%A4%A']) {
      expect(rendersFromData(request(url), PUBLIC), url).toBe(true);
    }
  });

  test("Vite's and Astro's own files, source modules and public files are not", () => {
    for (const url of [
      '/@vite/client',
      '/@id/astro:scripts/page.js',
      '/__open-in-editor',
      '/src/client/theme.ts',
      '/node_modules/.vite/deps/x.js',
      '/favicon.svg',
    ]) {
      expect(rendersFromData(request(url), PUBLIC), url).toBe(false);
    }
    expect(rendersFromData(request('/cases/', 'POST'), PUBLIC)).toBe(false);
  });
});

describe('the problem page and the overlay', () => {
  const dir = dataDirWith({ 'lawsuits.csv': { edits: BROKEN_LAWSUITS['html-in-text']! } });
  const state = checkData(dir);

  test('the data really is bad', () => {
    expect(state.ok).toBe(false);
  });

  test('the page lists each problem as text, never as markup', () => {
    if (state.ok) return;
    const html = problemPage(dir, state.lines);
    expect(html).toContain('has 1 problem;');
    expect(html).toContain('summary &quot;Asked to &lt;script&gt;alert(1)&lt;/script&gt; stop certification.&quot;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
  });

  test("the overlay's HTML fields are escaped and its stack is the plain lines", () => {
    if (state.ok) return;
    const err = overlayError(dir, state.lines);
    expect(err.message).not.toContain('<script>');
    expect(err.message).toContain('&lt;script&gt;');
    expect(err.stack).toBe(state.lines.join('\n'));
    expect(err.stack).toContain(
      'lawsuits.csv:3: summary "Asked to <script>alert(1)</script> stop certification.": contains HTML markup <script>',
    );
  });
});
