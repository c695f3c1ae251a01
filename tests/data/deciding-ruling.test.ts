/**
 * The ruling that decided a case: the state timelines put a case's outcome mark on its day, so
 * it must be the ruling from which the outcome held, not merely the last one in the case.
 */
import path from 'node:path';

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { loadDataset } from '../../src/data/load.ts';
import { FAVOURED, type Ruling, RULING_ACTIONS } from '../../src/data/schema.ts';
import { caseHistories, decidingRuling, outcomeOf } from '../../src/data/status.ts';

const ruling = (date: string, court_level: Ruling['court_level'], action: Ruling['action'], favoured: Ruling['favoured']): Ruling => ({
  case_id: 'xx-test',
  date,
  court: 'A court',
  court_level,
  action,
  favoured,
  detail: 'Made up for this test.',
  source_url: 'https://example.org/',
});
const trial = { court_level: 'state trial' } as const;

describe('the deciding ruling', () => {
  test('a denial followed by a withdrawal months later is decided by the denial', () => {
    const path = [
      ruling('2020-11-06', 'state trial', 'denied relief', 'defendants'),
      ruling('2021-02-11', 'state trial', 'withdrawn', 'neither'),
    ];
    expect(outcomeOf(trial, path)).toBe('denied');
    expect(decidingRuling(trial, path)?.date).toBe('2020-11-06');
  });

  test('a win reversed on appeal is decided by the reversal, not by the refusals that followed', () => {
    const path = [
      ruling('2020-11-25', 'state trial', 'granted relief', 'plaintiffs'),
      ruling('2020-11-28', 'state supreme', 'reversed', 'defendants'),
      ruling('2020-12-08', 'us supreme', 'denied relief', 'defendants'),
      ruling('2021-02-22', 'us supreme', 'certiorari denied', 'defendants'),
    ];
    expect(outcomeOf(trial, path)).toBe('lost on appeal');
    expect(decidingRuling(trial, path)?.date).toBe('2020-11-28');
  });

  test('rulings on outsiders’ requests after a win leave the win as the deciding ruling', () => {
    const path = [
      ruling('2020-11-04', 'state trial', 'granted relief', 'plaintiffs'),
      ruling('2021-01-13', 'state trial', 'denied relief', 'neither'),
      ruling('2021-12-13', 'state appellate', 'affirmed', 'neither'),
    ];
    expect(decidingRuling(trial, path)?.date).toBe('2020-11-04');
  });

  test('a dismissal upheld on appeal years later is decided by the appeal, which made it "lost on appeal"', () => {
    const path = [
      ruling('2020-11-19', 'state trial', 'dismissed', 'defendants'),
      ruling('2023-04-20', 'state appellate', 'affirmed', 'defendants'),
      ruling('2024-05-02', 'state supreme', 'reversed', 'neither'),
    ];
    expect(decidingRuling(trial, path)?.date).toBe('2023-04-20');
  });

  test('a suit dropped after a ruling for neither side is decided by the withdrawal', () => {
    const path = [
      ruling('2020-11-10', 'state trial', 'denied relief', 'neither'),
      ruling('2020-11-12', 'state trial', 'withdrawn', 'neither'),
    ];
    expect(outcomeOf(trial, path)).toBe('withdrawn');
    expect(decidingRuling(trial, path)?.date).toBe('2020-11-12');
  });

  test('for any path, the outcome from the deciding ruling on is the final outcome', () => {
    const levels = ['state trial', 'state appellate', 'state supreme', 'federal district', 'federal appeals', 'us supreme'] as const;
    const step = fc.record({
      level: fc.constantFrom(...levels),
      action: fc.constantFrom(...RULING_ACTIONS),
      favoured: fc.constantFrom(...FAVOURED),
    });
    fc.assert(
      fc.property(fc.constantFrom(...levels), fc.array(step, { minLength: 1, maxLength: 6 }), (start, steps) => {
        const path = steps.map((s, i) => ruling(`2020-11-${String(10 + i).padStart(2, '0')}`, s.level, s.action, s.favoured));
        const c = { court_level: start };
        const deciding = decidingRuling(c, path)!;
        const at = path.indexOf(deciding);
        const outcome = outcomeOf(c, path);
        for (let i = at; i < path.length; i++) expect(outcomeOf(c, path.slice(0, i + 1))).toBe(outcome);
      }),
    );
  });
});

describe('in the real data', () => {
  const loaded = loadDataset(path.resolve(import.meta.dirname, '../../data'));
  if (!loaded.ok) throw new Error('data/ is invalid');
  const histories = caseHistories(loaded.data);

  test('Hamm v. Boockvar was decided on 6 November 2020, though it ended in February 2021', () => {
    const hamm = histories.find((h) => h.case.id === 'pa-hamm-v-boockvar')!;
    expect([hamm.outcome, hamm.decidedOn, hamm.endedOn]).toEqual(['denied', '2020-11-06', '2021-02-11']);
  });

  test('every ended case was decided on or before the day it ended, on the day of one of its rulings', () => {
    for (const h of histories.filter((x) => x.outcome)) {
      expect(h.decidedOn! <= h.endedOn!, h.case.id).toBe(true);
      expect(
        h.rulings.map((r) => r.date),
        h.case.id,
      ).toContain(h.decidedOn);
    }
  });
});
