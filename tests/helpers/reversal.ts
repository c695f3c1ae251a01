/**
 * A made-up ruling, valid in the real data and in the chart fixture: the ID-deadline win
 * reversed on appeal, as the desk would add a ruling. Tests use it to change the data the way a
 * routine edit does.
 */
import type { Ruling } from '../../src/data/schema.ts';

export const REVERSAL_OF_THE_WIN: Ruling = {
  case_id: 'pa-trump-v-boockvar-id-cure',
  date: '2020-11-20',
  court: 'Supreme Court of Pennsylvania',
  court_level: 'state supreme',
  action: 'reversed',
  favoured: 'defendants',
  detail: 'A ruling added for this test.',
  source_url: 'https://www.inquirer.com/example',
};
