import { StudioError } from '../errors';

// RFC 4180 CSV with the dialects our users meet: comma, semicolon (Spanish-locale spreadsheets,
// usually with decimal commas), tab and pipe; quoted fields with embedded delimiters, quotes and
// newlines; CRLF or LF; a UTF-8 byte-order mark. Errors name the file and the line.

export interface CsvTable {
  header: string[];
  rows: string[][];
  delimiter: string;
  /** True when numbers are written "3,5" (only detected with non-comma delimiters). */
  decimalComma: boolean;
  /** 1-based line in the file where each data row starts (rows can span lines inside quotes). */
  rowLines: number[];
}

export interface CsvParseOptions {
  /** Used in error messages. */
  fileName: string;
  delimiter?: string;
}

const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'];
const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?', '-']);

/** Splits text into records; quotes are honoured, so a record may span several lines. */
function* records(text: string, delimiter: string, fileName: string): Generator<{ fields: string[]; line: number }> {
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  let quotedField = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      if (c === '\n') line += 1;
      field += c;
      i += 1;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      quotedField = true;
      i += 1;
      continue;
    }
    if (c === delimiter) {
      fields.push(quotedField ? field : field.trim());
      field = '';
      fieldStarted = false;
      quotedField = false;
      i += 1;
      continue;
    }
    if (c === '\r' || c === '\n') {
      fields.push(quotedField ? field : field.trim());
      yield { fields, line: recordLine };
      fields = [];
      field = '';
      fieldStarted = false;
      quotedField = false;
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      i += 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (quotedField) {
      // Text after a closing quote: tolerate spaces, refuse anything else.
      if (c === ' ' || c === '\t') {
        i += 1;
        continue;
      }
      throw new StudioError('CSV_PARSE', `${fileName}, line ${line}: unexpected character after a closing quote`, {
        file: fileName,
        line,
      });
    }
    field += c;
    fieldStarted = fieldStarted || c !== ' ';
    i += 1;
  }
  if (inQuotes) {
    throw new StudioError('CSV_PARSE', `${fileName}, line ${recordLine}: a quoted field is never closed`, {
      file: fileName,
      line: recordLine,
    });
  }
  if (field !== '' || fields.length > 0 || quotedField) {
    fields.push(quotedField ? field : field.trim());
    yield { fields, line: recordLine };
  }
}

/** Picks the delimiter that splits the first lines into the most, equally many, fields. */
export function detectDelimiter(text: string): string {
  const sample = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 20);
  let best = ',';
  let bestScore = 0;
  for (const d of CANDIDATE_DELIMITERS) {
    const counts = sample.map((l) => splitOutsideQuotes(l, d));
    if (counts.length === 0 || counts[0] < 2) continue;
    const consistent = counts.filter((c) => c === counts[0]).length / counts.length;
    const score = counts[0] * consistent;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function splitOutsideQuotes(line: string, d: string): number {
  let count = 1;
  let q = false;
  for (const c of line) {
    if (c === '"') q = !q;
    else if (c === d && !q) count += 1;
  }
  return count;
}

const DECIMAL_COMMA_NUMBER = /^[+-]?\d+(\.\d{3})*,\d+$/;

export function isMissing(cell: string): boolean {
  return MISSING_TOKENS.has(cell.trim().toLowerCase());
}

/** A cell as a number, or null when it is missing or not numeric. */
export function parseNumber(cell: string, decimalComma: boolean): number | null {
  const t = cell.trim();
  if (isMissing(t)) return null;
  const normalized = decimalComma ? t.replace(/\./g, '').replace(',', '.') : t;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normalized)) return null;
  const v = Number(normalized);
  return Number.isFinite(v) ? v : null;
}

export function parseCsv(text: string, options: CsvParseOptions): CsvTable {
  const { fileName } = options;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new StudioError('CSV_EMPTY', `${fileName} is empty`, { file: fileName });
  }
  const delimiter = options.delimiter ?? detectDelimiter(body);
  let header: string[] | null = null;
  let headerLine = 1;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  for (const { fields, line } of records(body, delimiter, fileName)) {
    if (fields.length === 1 && fields[0] === '') continue; // blank line
    if (!header) {
      header = fields;
      headerLine = line;
      continue;
    }
    if (fields.length !== header.length) {
      throw new StudioError(
        'CSV_PARSE',
        `${fileName}, line ${line}: expected ${header.length} fields like the header, found ${fields.length}`,
        { file: fileName, line, expected: header.length, found: fields.length },
      );
    }
    rows.push(fields);
    rowLines.push(line);
  }
  if (!header) throw new StudioError('CSV_EMPTY', `${fileName} is empty`, { file: fileName });
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name === '') {
      throw new StudioError('CSV_PARSE', `${fileName}, line ${headerLine}: column ${i + 1} has no name in the header`, {
        file: fileName,
        line: headerLine,
        column: i + 1,
      });
    }
    if (seen.has(name)) {
      throw new StudioError('CSV_PARSE', `${fileName}, line ${headerLine}: column "${name}" appears twice in the header`, {
        file: fileName,
        line: headerLine,
        column: name,
      });
    }
    seen.add(name);
  });
  if (rows.length === 0) {
    throw new StudioError('CSV_EMPTY', `${fileName} has a header but no data rows`, { file: fileName });
  }
  const decimalComma = delimiter !== ',' && rows.slice(0, 200).some((r) => r.some((c) => DECIMAL_COMMA_NUMBER.test(c.trim())));
  return { header, rows, delimiter, decimalComma, rowLines };
}
