import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, csvTable } from '@/utils/domain/data/csv';
import { historyToCsvFiles, UTF8_BOM } from '@/utils/domain/data/history-csv';
import { readFixtureHistory } from '@/tests/unit/helpers/export-fixtures';

/** A strict RFC 4180 reader, to check that what is written reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['ünïcödé 🙂', 'ünïcödé 🙂'],
    ['"', '""""'],
    [' padded ', ' padded '],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("https://evil.example","click")', `"'=HYPERLINK(""https://evil.example"",""click"")"`],
    ['a=b', 'a=b'],
    ['1-2', '1-2'],
  ])('keeps %j from being read as a formula', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    [0, '0'],
    [1741638000000, '1741638000000'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('reads back every text exactly, with an apostrophe before formula starts', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const [row] = readCsv(csvRow(cells) + '\r\n');

        expect(row).toEqual(cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('csvTable', () => {
  it('writes a header row and one CRLF-terminated row per record', () => {
    const table = csvTable<{ a: string; b: number }>(
      [
        ['name', (r) => r.a],
        ['count', (r) => r.b],
      ],
      [
        { a: 'x', b: 1 },
        { a: 'y, z', b: 2 },
      ],
    );

    expect(table).toBe('name,count\r\nx,1\r\n"y, z",2\r\n');
  });
});

describe('historyToCsvFiles', () => {
  // As the file holds it, with its open episode still open (empty end cells).
  const files = historyToCsvFiles(readFixtureHistory('valid'));
  const table = (name: string) => readCsv(files.find((f) => f.name === name)!.text.slice(UTF8_BOM.length));

  it('makes one file per store, each starting with a UTF-8 byte-order mark', () => {
    expect(files.map((f) => f.name)).toEqual(['episodes.csv', 'nudges.csv', 'acts.csv', 'checkins.csv']);
    expect(files.every((f) => f.text.startsWith(UTF8_BOM))).toBe(true);
  });

  it.each([
    ['episodes.csv', 4],
    ['nudges.csv', 4],
    ['acts.csv', 4],
    ['checkins.csv', 5],
  ])('writes a header and a row per record in %s', (name, rows) => {
    expect(table(name)).toHaveLength(rows);
  });

  it('names its columns and writes each time as epoch ms beside ISO-8601', () => {
    const [header, first] = table('acts.csv');

    expect(header).toEqual([
      'id',
      'at',
      'atIso',
      'startedAt',
      'startedAtIso',
      'actId',
      'title',
      'category',
      'note',
      'nudgeId',
      'givenAmount',
      'givenCurrency',
      'givenCauseId',
    ]);
    expect(first?.slice(0, 5)).toEqual([
      'act-1',
      '1741638240000',
      '2025-03-10T20:24:00.000Z',
      '1741638000000',
      '2025-03-10T20:20:00.000Z',
    ]);
  });

  it('writes nulls as empty cells and site lists space-separated', () => {
    const episodes = table('episodes.csv');

    expect(episodes[0]).toEqual([
      'id',
      'startedAt',
      'startedAtIso',
      'lastActivityAt',
      'lastActivityAtIso',
      'endedAt',
      'endedAtIso',
      'endReason',
      'doomMs',
      'activeMs',
      'sites',
      'nudgeLevel',
    ]);
    expect(episodes[1]?.[10]).toBe('reddit.com x.com');
    expect(episodes[3]?.slice(5, 8)).toEqual(['', '', '']);
  });

  it('keeps notes with quotes, commas and line breaks in one cell, and defuses formulas', () => {
    const acts = table('acts.csv');

    expect(acts[1]?.[8]).toBe('Sam said "perfect timing", we\'re meeting Friday, 7pm');
    expect(acts[2]?.[8]).toBe("'=SUM(1,2) is not a formula here\nsecond line");
  });

  it('writes only a header for an empty store', () => {
    const [, , , checkins] = historyToCsvFiles({ episodes: [], nudges: [], acts: [], checkins: [] });

    expect(checkins?.text).toBe(`${UTF8_BOM}id,at,atIso,mood,context,note,actRecordId\r\n`);
  });
});
