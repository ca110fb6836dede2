import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { StudioError } from '../errors';
import { PreprocessingSchema } from './preprocessing';
import { decodeRegression, encodeTableRow, encodeTableRows, fitTablePreprocessing, type TableEncodingSpec } from './table-encoding';

const FILE = 'houses.csv';
const csv = (text: string) => parseCsv(text, { fileName: FILE });

const houses = csv(
  ['area,rooms,city,price', '100,3,Madrid,200', '50,,Lima,100', '150,3,Bogotá,300', '80,2,Lima,NA', '70,4,Quito,140'].join('\n'),
);
const houseSpec: TableEncodingSpec = {
  features: [
    { name: 'area', type: 'numeric' },
    { name: 'rooms', type: 'numeric' },
    { name: 'city', type: 'categorical' },
  ],
  target: { name: 'price', task: 'regression' },
  classes: [],
  fileName: FILE,
};

function caught(fn: () => unknown): StudioError {
  try {
    fn();
  } catch (err) {
    if (err instanceof StudioError) return err;
    throw err;
  }
  throw new Error('expected a StudioError');
}

describe('fitTablePreprocessing', () => {
  it('fits numeric statistics and categories on the training rows only', () => {
    const p = fitTablePreprocessing(houses, houseSpec, [0, 1, 2]);
    expect(PreprocessingSchema.parse(p)).toEqual(p);
    if (p.input.kind !== 'table' || p.target.task !== 'regression') throw new Error('wrong kinds');
    const [area, rooms, city] = p.input.features;
    expect(area).toMatchObject({ type: 'numeric', mean: 100 });
    expect(area.type === 'numeric' && area.std).toBeCloseTo(Math.sqrt(5000 / 3), 10);
    // rooms: the missing value in row 1 is skipped; both others are 3 → spread 0 → std 1.
    expect(rooms).toEqual({ name: 'rooms', type: 'numeric', mean: 3, std: 1 });
    // Quito (only in a row outside train) is not a category; sorted by code point.
    expect(city).toEqual({ name: 'city', type: 'categorical', categories: ['Bogotá', 'Lima', 'Madrid'] });
    expect(p.input.size).toBe(5);
    expect(p.target.mean).toBeCloseTo(200, 10);
    expect(p.target.std).toBeCloseTo(Math.sqrt(20000 / 3), 10);
  });

  it('keeps the given class order for classification', () => {
    const table = csv('x,label\n1,b\n2,a\n3,c\n');
    const p = fitTablePreprocessing(table, { features: [{ name: 'x', type: 'numeric' }], target: { name: 'label', task: 'classification' }, classes: ['c', 'b', 'a'] }, [0, 1, 2]);
    expect(p.target).toEqual({ task: 'classification', name: 'label', classes: ['c', 'b', 'a'] });
    const encoded = encodeTableRows(table, p, [0, 1, 2]);
    expect(Array.from(encoded.y)).toEqual([1, 2, 0]);
  });

  it('reads decimal commas in semicolon files', () => {
    const table = csv('peso;altura;clase\n"1,5";2,0;sí\n2,5;4,0;no\n');
    expect(table.decimalComma).toBe(true);
    const p = fitTablePreprocessing(
      table,
      { features: [{ name: 'peso', type: 'numeric' }, { name: 'altura', type: 'numeric' }], target: { name: 'clase', task: 'classification' }, classes: ['no', 'sí'] },
      [0, 1],
    );
    expect(p.input.kind === 'table' && p.input.features).toEqual([
      { name: 'peso', type: 'numeric', mean: 2, std: 0.5 },
      { name: 'altura', type: 'numeric', mean: 3, std: 1 },
    ]);
    const encoded = encodeTableRows(table, p, [0, 1]);
    expect(Array.from(encoded.x)).toEqual([-1, -1, 1, 1]);
    expect(Array.from(encoded.y)).toEqual([1, 0]);
  });

  it.each([
    {
      what: 'a word in a numeric column',
      text: 'a,b,y\n1,2,x\n3,abc,x\n',
      code: 'CSV_VALUE_INVALID',
      message: `${FILE}, line 3: column "b" has "abc", which is not a number`,
    },
    {
      what: 'a class that is not in the list',
      text: 'a,b,y\n1,2,x\n3,4,z\n',
      code: 'CSV_VALUE_INVALID',
      message: `${FILE}, line 3: the target "y" has "z", which is not one of the classes (x, w)`,
    },
    {
      what: 'an empty class',
      text: 'a,b,y\n1,2,x\n3,4,\n',
      code: 'CSV_VALUE_INVALID',
      message: `${FILE}, line 3: the target "y" is empty`,
    },
    {
      what: 'a line number after a quoted field spanning lines',
      text: 'a,b,y\n1,"2\n",x\n5,six,x\n',
      code: 'CSV_VALUE_INVALID',
      message: `${FILE}, line 4: column "b" has "six", which is not a number`,
    },
    {
      what: 'a missing feature column',
      text: 'a,y\n1,x\n2,x\n',
      code: 'CSV_COLUMN_MISSING',
      message: `${FILE} has no column "b" (columns: a, y)`,
    },
    {
      what: 'a missing target column',
      text: 'a,b\n1,2\n3,4\n',
      code: 'CSV_TARGET_MISSING',
      message: `${FILE} has no column "y" (columns: a, b)`,
    },
  ])('refuses $what, naming the file and line', ({ text, code, message }) => {
    const spec: TableEncodingSpec = {
      features: [
        { name: 'a', type: 'numeric' },
        { name: 'b', type: 'numeric' },
      ],
      target: { name: 'y', task: 'classification' },
      classes: ['x', 'w'],
      fileName: FILE,
    };
    const err = caught(() => fitTablePreprocessing(csv(text), spec, [0, 1]));
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
  });

  it('refuses an empty training split and a regression row without a target', () => {
    expect(caught(() => fitTablePreprocessing(houses, houseSpec, [])).code).toBe('SPLIT_EMPTY');
    const err = caught(() => fitTablePreprocessing(houses, houseSpec, [0, 3]));
    expect(err.code).toBe('CSV_VALUE_INVALID');
    expect(err.message).toBe(`${FILE}, line 5: the target "price" is empty`);
    expect(err.details).toMatchObject({ file: FILE, line: 5, column: 'price' });
  });
});

describe('encodeTableRows', () => {
  const p = fitTablePreprocessing(houses, houseSpec, [0, 1, 2]);

  it('standardises, fills missing values with the mean and one-hots categories', () => {
    const std = Math.sqrt(5000 / 3);
    const targetStd = Math.sqrt(20000 / 3);
    const e = encodeTableRows(houses, p, [1, 4], FILE);
    expect(e.rows).toBe(2);
    expect(e.inputSize).toBe(5);
    const rows = [Array.from(e.x.slice(0, 5)), Array.from(e.x.slice(5))];
    // row 1: area 50, rooms missing → 0, city Lima
    expect(rows[0][0]).toBeCloseTo(-50 / std, 5);
    expect(rows[0].slice(1)).toEqual([0, 0, 1, 0]);
    // row 4: area 70, rooms 4, Quito unseen in training → all zeros
    expect(rows[1][0]).toBeCloseTo(-30 / std, 5);
    expect(rows[1].slice(1)).toEqual([1, 0, 0, 0]);
    expect(e.y[0]).toBeCloseTo(-100 / targetStd, 5);
    expect(decodeRegression(p, e.y[1])).toBeCloseTo(140, 3);
  });
});

describe('encodeTableRow', () => {
  const p = fitTablePreprocessing(houses, houseSpec, [0, 1, 2]);
  const std = Math.sqrt(5000 / 3);

  it.each([
    { what: 'numbers', values: { area: 150, rooms: 4, city: 'Madrid' }, expected: [50 / std, 1, 0, 0, 1] },
    { what: 'text numbers', values: { area: '150', rooms: ' 2 ', city: 'Lima' }, expected: [50 / std, -1, 0, 1, 0] },
    { what: 'a decimal comma', values: { area: '100,5', rooms: '3', city: 'Bogotá' }, expected: [0.5 / std, 0, 1, 0, 0] },
    { what: 'missing values', values: { area: null, rooms: 'NA', city: '' }, expected: [0, 0, 0, 0, 0] },
    { what: 'absent columns', values: {}, expected: [0, 0, 0, 0, 0] },
    { what: 'an unseen category', values: { area: 100, rooms: 3, city: 'Paris' }, expected: [0, 0, 0, 0, 0] },
  ])('encodes $what', ({ values, expected }) => {
    const row = encodeTableRow(p, values);
    expect(row).toHaveLength(expected.length);
    row.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6));
  });

  it('refuses text in a numeric column, naming the column', () => {
    const err = caught(() => encodeTableRow(p, { area: 'big', rooms: 3, city: 'Lima' }));
    expect(err.code).toBe('CSV_VALUE_INVALID');
    expect(err.message).toBe('column "area" has "big", which is not a number');
  });

  it('decodeRegression inverts the target scaling and refuses classification', () => {
    expect(decodeRegression(p, 0)).toBeCloseTo(200, 8);
    const cls = fitTablePreprocessing(csv('x,y\n1,a\n2,b\n'), { features: [{ name: 'x', type: 'numeric' }], target: { name: 'y', task: 'classification' }, classes: ['a', 'b'] }, [0, 1]);
    expect(caught(() => decodeRegression(cls, 1)).code).toBe('INVALID_INPUT');
  });
});
