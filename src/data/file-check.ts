/**
 * The checks of a data file as a whole, before any cell is read: that it is text in UTF-8,
 * that commas separate its columns, and that it holds no control characters. A file that fails
 * one of these gets one message naming what it is and how to save it again, instead of a
 * message for every cell the wrong reading garbles.
 *
 * No encoding-detection library is used: the desk's files come from spreadsheets, which save
 * UTF-8, UTF-16 ("Unicode Text") or the Windows code page, and the question that matters is only
 * whether the bytes are UTF-8, which the built-in TextDecoder answers exactly. Which legacy code
 * page a file is in cannot be known for certain, so such a file is refused, not guessed at.
 */
import type { DataIssue } from './issues.ts';

export type FileProblem = Omit<DataIssue, 'file'>;

const RESAVE =
  'in Excel use File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice or Numbers export as CSV with the character set "Unicode (UTF-8)"';

/** The 1-based line and column of a character offset, counting \r\n, \r and \n as line ends. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: breaks.length + 1, column: offset - lineStart + 1 };
}

/** The word around an offset, to show the desk where the problem is. */
function wordAt(text: string, offset: number): string {
  const start = text.slice(0, offset).search(/[^\s,;"]*$/);
  const end = offset + (text.slice(offset).search(/[\s,;"]/) + 1 || text.length - offset + 1) - 1;
  return text.slice(start, Math.max(end, offset + 1));
}

function looksUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  // Without a byte-order mark, UTF-16 text in Latin letters has a zero in every other byte.
  const sample = bytes.subarray(0, 400);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (half >= 4 && oddZeros > half * 0.6) return 'le';
  if (half >= 4 && evenZeros > half * 0.6) return 'be';
  return undefined;
}

/** The file's text, or the one problem that keeps it from being read as UTF-8. */
export function decodeDataFile(bytes: Uint8Array): { text: string } | { problem: FileProblem } {
  const utf16 = looksUtf16(bytes);
  if (utf16) {
    return {
      problem: {
        line: 1,
        column: 'file',
        message: `is saved as UTF-16 ("Unicode Text" in Excel), which this site does not read; ${RESAVE} (expected a CSV file in UTF-8)`,
      },
    };
  }
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const byteOffset = firstInvalidByte(bytes, lossy);
  if (byteOffset === undefined) return { text: lossy };
  // Show the line as a Windows code page would read it, so the desk sees the word ("Pérez").
  const lineStart = Math.max(bytes.lastIndexOf(0x0a, byteOffset - 1), bytes.lastIndexOf(0x0d, byteOffset - 1)) + 1;
  const ends = [bytes.indexOf(0x0a, byteOffset), bytes.indexOf(0x0d, byteOffset)].filter((i) => i !== -1);
  const lineEnd = ends.length > 0 ? Math.min(...ends) : -1;
  const legacyLine = new TextDecoder('windows-1252').decode(bytes.subarray(lineStart, lineEnd === -1 ? undefined : lineEnd));
  const column = new TextDecoder('windows-1252').decode(bytes.subarray(lineStart, byteOffset)).length + 1;
  const line = countLines(bytes, byteOffset);
  const byte = `0x${bytes[byteOffset]!.toString(16).toUpperCase().padStart(2, '0')}`;
  return {
    problem: {
      line,
      column: 'file',
      value: wordAt(legacyLine, column - 1),
      message: `is not UTF-8: it looks saved in a Windows or Latin-1 code page (Excel's plain "CSV (Comma delimited)"), so byte ${byte} at column ${column} would show as "�" on the site; ${RESAVE} (expected a CSV file in UTF-8)`,
    },
  };
}

/** The 1-based line of a byte offset, counting \r\n, \r and \n as line ends. */
function countLines(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  return line;
}

/**
 * The offset of the first byte that is not UTF-8, found from where the lenient decoder put its
 * first replacement character "\uFFFD" (a real one in the file is three valid bytes, skipped).
 */
function firstInvalidByte(bytes: Uint8Array, lossy: string): number | undefined {
  const encoder = new TextEncoder();
  for (let index = lossy.indexOf('\uFFFD'); index !== -1; index = lossy.indexOf('\uFFFD', index + 1)) {
    const offset = encoder.encode(lossy.slice(0, index)).length;
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
  }
  return undefined;
}

// C0 controls but tab, line feed and carriage return; DEL; C1 controls; the two non-characters.
// None belongs in this data, and some (NUL above all) cannot be written into an SVG or a page.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 0x1b: 'ESC', 0x7f: 'DEL', 0x0b: 'vertical tab', 0x0c: 'form feed' };

/** The first control character in the text, with how many others there are. */
export function controlCharacterProblem(text: string): FileProblem | undefined {
  const matches = [...text.matchAll(CONTROL)];
  const first = matches[0];
  if (!first) return undefined;
  const { line, column } = positionOf(text, first.index);
  const code = first[0].charCodeAt(0);
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}${CONTROL_NAMES[code] ? ` ${CONTROL_NAMES[code]}` : ''}`;
  const lines = [...new Set(matches.slice(1).map((m) => positionOf(text, m.index).line))];
  const others =
    lines.length > 0
      ? `, and more on line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ' …' : ''}`
      : '';
  return {
    line,
    column: 'file',
    value: wordAt(text, first.index).replace(CONTROL, '�'),
    message: `holds an invisible control character (${name}) at column ${column}${others}, usually pasted in from a PDF or another program; delete it and type that text again (expected plain text)`,
  };
}

const DELIMITERS = [
  { sign: ';', name: 'semicolons', why: 'as spreadsheets set to many European languages save CSV' },
  { sign: '\t', name: 'tabs', why: 'as spreadsheets save "Tab delimited" or "Unicode Text" files' },
] as const;

/** Columns separated by something else than commas, told from the header row. */
export function delimiterProblem(text: string, columns: readonly string[]): FileProblem | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const index = lines.findIndex((l) => l.trim() !== '');
  if (index === -1) return undefined;
  const header = lines[index]!;
  const known = (cells: string[]) => cells.filter((c) => columns.includes(c.trim().replace(/^"|"$/g, ''))).length;
  const byComma = known(header.split(','));
  for (const { sign, name, why } of DELIMITERS) {
    const cells = header.split(sign);
    if (cells.length > 1 && known(cells) >= 2 && known(cells) > byComma) {
      return {
        line: index + 1,
        column: 'file',
        message: `separates its columns with ${name}, ${why}; save it again as "CSV UTF-8 (Comma delimited)", or set the list separator to a comma (expected commas between columns)`,
      };
    }
  }
  return undefined;
}

/** The text of a data file when it passes every file-level check, else its one problem. */
export function readDataText(bytes: Uint8Array, columns: readonly string[]): { text: string } | { problem: FileProblem } {
  const decoded = decodeDataFile(bytes);
  if ('problem' in decoded) return decoded;
  const problem = delimiterProblem(decoded.text, columns) ?? controlCharacterProblem(decoded.text);
  return problem ? { problem } : decoded;
}
