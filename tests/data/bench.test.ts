import { expect, test } from 'vitest';

import { benchGroup } from '../../src/data/bench.ts';

test('sorts presidents’ appointees by party, Trump’s own apart, and elected judges by their ticket', () => {
  expect(benchGroup({ selection: 'president', appointed_by: 'Donald Trump', party: 'Republican' })).toBe('trump');
  expect(benchGroup({ selection: 'president', appointed_by: 'George W. Bush', party: 'Republican' })).toBe('republican-presidents');
  expect(benchGroup({ selection: 'president', appointed_by: 'Barack Obama', party: 'Democratic' })).toBe('democratic-presidents');
  expect(benchGroup({ selection: 'governor', appointed_by: 'Doug Ducey', party: 'Republican' })).toBe('republican-governors');
  expect(benchGroup({ selection: 'governor', appointed_by: undefined, party: undefined })).toBe('governors-party-unconfirmed');
  expect(benchGroup({ selection: 'partisan election', appointed_by: undefined, party: 'Democratic' })).toBe('elected-democrats');
  expect(benchGroup({ selection: 'partisan election', appointed_by: undefined, party: undefined })).toBe('elected-party-unconfirmed');
  expect(benchGroup({ selection: 'nonpartisan election', appointed_by: undefined, party: undefined })).toBe('elected-nonpartisan');
  expect(benchGroup({ selection: 'not confirmed', appointed_by: undefined, party: undefined })).toBe('unconfirmed');
});
