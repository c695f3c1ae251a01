import { describe, expect, test } from 'vitest';

import { storyElements } from '../../src/story/elements.ts';

const SOURCE = `---
title: A story
---
import Count from '../components/Count.astro';

Before any heading <Count />.

## The first section

Text with <Count plaintiff="trump campaign" asOf="2020-11-18" /> inside.

<ScrollSequence label="Steps" steps={[{ asOf: '2020-11-03', name: 'Election Day' }, { asOf: "2020-11-07", name: \`Called\` }]}>
  <Step asOf="2020-11-03" title="First">Words.</Step>
</ScrollSequence>

## Second

<Count places />
<Fact count={2} cases={someVariable} />
`;

describe('story elements', () => {
  const elements = storyElements(SOURCE);

  test('lists every component in document order with its line, column and section', () => {
    expect(elements.map((e) => [e.name, e.position.line, e.position.column, e.section])).toEqual([
      ['Count', 6, 20, undefined],
      ['Count', 10, 11, 'The first section'],
      ['ScrollSequence', 12, 1, 'The first section'],
      ['Step', 13, 3, 'The first section'],
      ['Count', 18, 1, 'Second'],
      ['Fact', 19, 1, 'Second'],
    ]);
  });

  test('reads string props, bare props and literal expressions', () => {
    expect(Object.fromEntries(elements[1]!.props)).toEqual({
      plaintiff: { kind: 'value', value: 'trump campaign' },
      asOf: { kind: 'value', value: '2020-11-18' },
    });
    expect(elements[2]!.props.get('steps')).toEqual({
      kind: 'value',
      value: [
        { asOf: '2020-11-03', name: 'Election Day' },
        { asOf: '2020-11-07', name: 'Called' },
      ],
    });
    expect(elements[4]!.props.get('places')).toEqual({ kind: 'value', value: true });
    expect(elements[5]!.props.get('count')).toEqual({ kind: 'value', value: 2 });
  });

  test('keeps an expression it cannot evaluate as unreadable, with its source', () => {
    expect(elements[5]!.props.get('cases')).toEqual({ kind: 'unreadable', source: 'someVariable' });
  });
});
