import { describe, expect, it } from 'vitest';
import { parseCsv, parseNumber, detectDelimiter } from './csv';
import { StudioError } from '../errors';

describe('parseCsv dialects', () => {
  const cases: { name: string; text: string; header: string[]; rows: string[][]; delimiter: string; decimalComma: boolean }[] = [
    { name: 'comma, LF', text: 'a,b\n1,2\n3,4\n', header: ['a', 'b'], rows: [['1', '2'], ['3', '4']], delimiter: ',', decimalComma: false },
    { name: 'comma, CRLF, no final newline', text: 'a,b\r\n1,2\r\n3,4', header: ['a', 'b'], rows: [['1', '2'], ['3', '4']], delimiter: ',', decimalComma: false },
    { name: 'semicolon with decimal comma', text: 'x;y\n1,5;2\n3,25;4\n', header: ['x', 'y'], rows: [['1,5', '2'], ['3,25', '4']], delimiter: ';', decimalComma: true },
    { name: 'tab', text: 'x\ty\n1\t2\n', header: ['x', 'y'], rows: [['1', '2']], delimiter: '\t', decimalComma: false },
    { name: 'pipe', text: 'x|y\n1|2\n', header: ['x', 'y'], rows: [['1', '2']], delimiter: '|', decimalComma: false },
    { name: 'BOM and blank lines', text: '\ufeffa,b\n\n1,2\n\n', header: ['a', 'b'], rows: [['1', '2']], delimiter: ',', decimalComma: false },
    {
      name: 'quoted delimiter, quote and newline',
      text: 'name,note\n"Smith, J","said ""hi""\nthen left"\n',
      header: ['name', 'note'],
      rows: [['Smith, J', 'said "hi"\nthen left']],
      delimiter: ',',
      decimalComma: false,
    },
    { name: 'spaces around unquoted fields are trimmed', text: 'a , b\n 1 , 2 \n', header: ['a', 'b'], rows: [['1', '2']], delimiter: ',', decimalComma: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const t = parseCsv(c.text, { fileName: 'f.csv' });
      expect(t.header).toEqual(c.header);
      expect(t.rows).toEqual(c.rows);
      expect(t.delimiter).toBe(c.delimiter);
      expect(t.decimalComma).toBe(c.decimalComma);
    });
  }

  it('records the line where each row starts', () => {
    const t = parseCsv('a,b\n"x\ny",1\n2,3\n', { fileName: 'f.csv' });
    expect(t.rowLines).toEqual([2, 4]);
  });
});

describe('parseCsv bad files', () => {
  const bad: { name: string; text: string; code: string; message: RegExp }[] = [
    { name: 'empty file', text: '', code: 'CSV_EMPTY', message: /bad\.csv is empty/ },
    { name: 'header only', text: 'a,b\n', code: 'CSV_EMPTY', message: /no data rows/ },
    { name: 'ragged row names its line', text: 'a,b\n1,2\n3\n', code: 'CSV_PARSE', message: /bad\.csv, line 3: expected 2 fields.*found 1/ },
    { name: 'unclosed quote', text: 'a,b\n1,"2\n', code: 'CSV_PARSE', message: /line 2: a quoted field is never closed/ },
    { name: 'duplicate header', text: 'a,a\n1,2\n', code: 'CSV_PARSE', message: /"a" appears twice/ },
    { name: 'missing header name', text: 'a,\n1,2\n', code: 'CSV_PARSE', message: /column 2 has no name/ },
    { name: 'garbage after closing quote', text: 'a,b\n"1"x,2\n', code: 'CSV_PARSE', message: /line 2: unexpected character/ },
  ];
  for (const c of bad) {
    it(c.name, () => {
      try {
        parseCsv(c.text, { fileName: 'bad.csv' });
        expect.unreachable('should have thrown');
      } catch (e) {
        expect(e).toBeInstanceOf(StudioError);
        expect((e as StudioError).code).toBe(c.code);
        expect((e as StudioError).message).toMatch(c.message);
      }
    });
  }
});

describe('parseNumber', () => {
  const cases: [string, boolean, number | null][] = [
    ['3.5', false, 3.5],
    ['-2e3', false, -2000],
    ['.5', false, 0.5],
    ['3,5', true, 3.5],
    ['1.234,5', true, 1234.5],
    ['', false, null],
    ['NA', false, null],
    ['?', false, null],
    ['abc', false, null],
    ['3,5', false, null],
    ['Infinity', false, null],
  ];
  for (const [cell, dc, expected] of cases) {
    it(`${JSON.stringify(cell)} (decimal comma: ${dc}) -> ${expected}`, () => {
      expect(parseNumber(cell, dc)).toBe(expected);
    });
  }
});

describe('detectDelimiter', () => {
  it('prefers the delimiter that splits consistently', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3\n4;5;6')).toBe(';');
    expect(detectDelimiter('a,b\n1,2')).toBe(',');
  });
});
