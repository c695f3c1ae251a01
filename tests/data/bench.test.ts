import { expect, test } from 'vitest';

import { benchGroup } from '../../src/data/bench.ts';

test('sorts presidents’ appointees by party, Trump’s own apart, and elected judges by their ticket', () => {
  expect(benchGroup({ selection: 'president', appointed_by: 'Donald Trump', party: 'Republican' })).toBe('Donald Trump');
  expect(benchGroup({ selection: 'president', appointed_by: 'George W. Bush', party: 'Republican' })).toBe('Other Republican presidents');
  expect(benchGroup({ selection: 'president', appointed_by: 'Barack Obama', party: 'Democratic' })).toBe('Democratic presidents');
  expect(benchGroup({ selection: 'governor', appointed_by: 'Doug Ducey', party: 'Republican' })).toBe('Republican governors');
  expect(benchGroup({ selection: 'governor', appointed_by: undefined, party: undefined })).toBe('Governors of unconfirmed party');
  expect(benchGroup({ selection: 'partisan election', appointed_by: undefined, party: 'Democratic' })).toBe('Voters, as Democrats');
  expect(benchGroup({ selection: 'partisan election', appointed_by: undefined, party: undefined })).toBe('Voters, party unconfirmed');
  expect(benchGroup({ selection: 'nonpartisan election', appointed_by: undefined, party: undefined })).toBe(
    'Voters, no party on the ballot',
  );
  expect(benchGroup({ selection: 'not confirmed', appointed_by: undefined, party: undefined })).toBe('Not confirmed');
});
