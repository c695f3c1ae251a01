/**
 * Files saved the ways spreadsheets and hands save them, refused before any cell is read, with
 * one message that names what the file is and how to save it again.
 */
import { describe, expect, test } from 'vitest';

import { controlCharacterProblem, decodeDataFile, delimiterProblem } from '../../src/data/file-check.ts';
import { DATA_FILES } from '../../src/data/files.ts';
import { dataDirWith, editedText, type FileSource, messagesFor } from '../helpers/data-dir.ts';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf16le = (text: string, bom = true) =>
  new Uint8Array(Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]));
const utf16be = (text: string) => new Uint8Array(Buffer.from(utf16le(text, false)).swap16());
const withCommas = (text: string, sign: string) => text.replaceAll(',', sign);

describe('each file of the data folder is checked as a whole first', () => {
  // Every data file the loader reads gets the same checks; states.csv has no accented text of its own.
  const files = DATA_FILES.filter((f) => !f.optional).map((f) => f.file);

  test.each(files)('%s saved as UTF-16 (Excel "Unicode Text", which also uses tabs): one message, line 1', (file) => {
    const text = editedText(file, {}).replaceAll(',', '\t');
    for (const bytes of [utf16le(text), utf16le(text, false), utf16be(text)]) {
      expect(messagesFor(dataDirWith({ [file]: { bytes } }))).toEqual([
        `data/${file}:1: file: is saved as UTF-16 ("Unicode Text" in Excel), which this site does not read; in Excel use File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice or Numbers export as CSV with the character set "Unicode (UTF-8)" (expected a CSV file in UTF-8)`,
      ]);
    }
  });

  test.each(files)('%s with semicolons or tabs between columns: one message naming the separator', (file) => {
    for (const [sign, name] of [
      [';', 'semicolons'],
      ['\t', 'tabs'],
    ] as const) {
      const messages = messagesFor(dataDirWith({ [file]: { transform: (t) => withCommas(t, sign) } }));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(
        new RegExp(`^data/${file}:1: file: separates its columns with ${name}, .*\\(expected commas between columns\\)$`),
      );
    }
  });

  test.each(files)('%s with a NUL byte in a cell: refused at its line, whatever line that is', (file) => {
    const lines = editedText(file, {}).split('\n');
    const last = lines.filter(Boolean).length; // the last row's line
    lines[last - 1] = lines[last - 1]!.replace(/([a-z])([a-z])/i, '$1\u0000$2');
    const messages = messagesFor(dataDirWith({ [file]: { text: lines.join('\n') } }));
    expect(messages).toEqual([
      expect.stringMatching(
        new RegExp(`^data/${file}:${last}: file ".*": holds an invisible control character \\(U\\+0000 NUL\\) at column \\d+, `),
      ),
    ]);
  });
});

describe('a file in a Windows or Latin-1 code page', () => {
  const source = (bytes: Uint8Array): FileSource => ({ bytes });
  const accented = editedText('lawsuits.csv', { edits: [{ line: 4, set: { plaintiffs: 'Coreco Ja’Qan Pearson and other nominees' } }] });

  test('is refused at the line of its first non-UTF-8 byte, with the word as the desk typed it', () => {
    // "’" is 0x92 in Windows-1252, which Latin-1 cannot write; write it as 1252 does.
    const bytes = latin1(accented.replace('’', '\u0092'));
    expect(messagesFor(dataDirWith({ 'lawsuits.csv': source(bytes) }))).toEqual([
      expect.stringMatching(
        /^data\/lawsuits\.csv:4: file "Ja’Qan": is not UTF-8: it looks saved in a Windows or Latin-1 code page .* byte 0x92 at column \d+ would show as "�" on the site; .*\(expected a CSV file in UTF-8\)$/,
      ),
    ]);
  });

  test('an accent on a later line of a multi-line cell is placed on its own line', () => {
    const text = editedText('rulings.csv', { edits: [{ line: 3, set: { detail: 'First line.\nJudge Peña refused.' } }] });
    expect(messagesFor(dataDirWith({ 'rulings.csv': source(latin1(text)) }))).toEqual([
      expect.stringMatching(/^data\/rulings\.csv:4: file "Peña": is not UTF-8/),
    ]);
  });

  test('a real replacement character written in UTF-8 is text, not a fault', () => {
    expect(decodeDataFile(new TextEncoder().encode('a,b\n\uFFFD,1\n'))).toEqual({ text: 'a,b\n\uFFFD,1\n' });
  });
});

describe('the file checks on their own', () => {
  test('a comma-separated header with a semicolon inside a quoted name is not taken for semicolons', () => {
    expect(delimiterProblem('id,"name; alias",state\n', ['id', 'name; alias', 'state'])).toBeUndefined();
  });

  test('control characters: tab, CR and LF are allowed; others name their code point and the lines of the rest', () => {
    expect(controlCharacterProblem('a\tb\r\nc\n')).toBeUndefined();
    expect(controlCharacterProblem('a,b\nx\u001by,1\nz\u007f,2\nq\u0007,3\n')).toMatchObject({
      line: 2,
      message: expect.stringContaining('(U+001B ESC) at column 2, and more on lines 3, 4,'),
    });
  });
});
