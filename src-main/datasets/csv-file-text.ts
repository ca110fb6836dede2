import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { StudioError } from '../../src-shared/errors';

export interface CsvFileText {
  text: string;
  /** False when the file was not UTF-8 (UTF-16 or a Windows "ANSI" export): the project keeps a UTF-8 copy. */
  utf8: boolean;
}

/**
 * Reads a CSV as text. Spreadsheets on Windows, Spanish-locale ones included, often save
 * Windows-1252 ("ANSI") or UTF-16: those are decoded too, so "España" survives the import.
 */
export async function readCsvFile(filePath: string): Promise<CsvFileText> {
  const info = await stat(filePath).catch(() => null);
  if (!info) throw new StudioError('FILE_NOT_FOUND', `${filePath} does not exist`, { file: filePath });
  if (!info.isFile()) throw new StudioError('FILE_NOT_FOUND', `${filePath} is a folder, not a CSV file`, { file: filePath });
  return decodeCsvBytes(await readFile(filePath), basename(filePath));
}

export function decodeCsvBytes(bytes: Uint8Array, fileName: string): CsvFileText {
  let decoded: CsvFileText;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { text: new TextDecoder('utf-16le').decode(bytes), utf8: false };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { text: new TextDecoder('utf-16be').decode(bytes), utf8: false };
  else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true };
    } catch {
      decoded = { text: new TextDecoder('windows-1252').decode(bytes), utf8: false };
    }
  }
  if (decoded.text.includes('\u0000')) {
    throw new StudioError('CSV_PARSE', `${fileName} is not a text file (it contains binary data); export it from your spreadsheet as CSV`, {
      file: fileName,
    });
  }
  return decoded;
}
