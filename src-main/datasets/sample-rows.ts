import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { SampleRow } from '../../src-shared/contract/datasets';
import { isMissing, parseCsv, parseNumber, type CsvTable } from '../../src-shared/data/csv';
import type { Split } from '../../src-shared/data/dataset';
import { StudioError } from '../../src-shared/errors';
import type { OpenProject } from '../store/project-registry';
import { listClasses } from '../store/repos/classes-repo';
import { listColumns, type ColumnRow } from '../store/repos/columns-repo';
import type { DatasetRow } from '../store/repos/datasets-repo';
import { pageSamples, type SampleRow as StoredSample } from '../store/repos/samples-repo';
import { requireDataset } from './dataset-summary';

export const THUMBNAIL_SIDE = 64;

export interface SamplePage {
  offset: number;
  limit: number;
  split?: Split;
}

/** One page of a dataset's samples as the data view shows them. */
export async function listSampleRows(project: OpenProject, datasetId: number, page: SamplePage): Promise<{ total: number; rows: SampleRow[] }> {
  const row = requireDataset(project.db, datasetId);
  const classes = listClasses(project.db, datasetId);
  const { total, rows } = pageSamples(project.db, datasetId, page.offset, page.limit, page.split);
  if (row.kind === 'table') {
    const table = storedTable(project, row);
    const columns = listColumns(project.db, datasetId);
    return { total, rows: rows.map((s) => tableRow(s, table, columns, classes, row)) };
  }
  return { total, rows: await Promise.all(rows.map((s) => imageRow(project, s, classes))) };
}

// The data view pages through the same table repeatedly: keep the last one parsed.
let lastTable: { path: string; table: CsvTable } | null = null;

function storedTable(project: OpenProject, row: DatasetRow): CsvTable {
  if (!row.source_blob) throw new StudioError('INTERNAL', `Dataset "${row.name}" has no stored CSV`, { datasetId: row.id });
  const path = project.blobs.pathFor(row.source_blob);
  if (lastTable?.path === path) return lastTable.table;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new StudioError('FILE_NOT_FOUND', `The stored copy of dataset "${row.name}" is missing from the project (${path})`, { file: path });
  }
  const table = parseCsv(text, { fileName: row.name });
  lastTable = { path, table };
  return table;
}

function cellValue(cell: string | undefined, column: ColumnRow, decimalComma: boolean): string | number | null {
  if (cell === undefined || isMissing(cell)) return null;
  if (column.type === 'numeric') return parseNumber(cell, decimalComma);
  return cell.trim();
}

function tableRow(sample: StoredSample, table: CsvTable, columns: ColumnRow[], classes: string[], dataset: DatasetRow): SampleRow {
  const cells = table.rows[sample.row_index ?? -1] ?? [];
  const values: Record<string, string | number | null> = {};
  for (const column of columns) values[column.name] = cellValue(cells[column.idx], column, table.decimalComma);
  let label: string | null = null;
  if (sample.class_idx !== null) label = classes[sample.class_idx] ?? null;
  else if (dataset.target_column !== null) {
    const target = values[dataset.target_column];
    label = target === null || target === undefined ? null : String(target);
  }
  return { id: sample.id, split: sample.split, label, values, thumbnail: null, originalName: null };
}

async function imageRow(project: OpenProject, sample: StoredSample, classes: string[]): Promise<SampleRow> {
  return {
    id: sample.id,
    split: sample.split,
    label: sample.class_idx === null ? null : (classes[sample.class_idx] ?? null),
    values: null,
    thumbnail: sample.blob_sha256 ? await thumbnailDataUrl(project.blobs.pathFor(sample.blob_sha256)) : null,
    originalName: sample.original_name,
  };
}

/** A PNG no larger than 64 px on its longer side, as a data: URL; null when the file cannot be read. */
export async function thumbnailDataUrl(path: string): Promise<string | null> {
  try {
    const png = await sharp(path)
      .autoOrient()
      .resize(THUMBNAIL_SIDE, THUMBNAIL_SIDE, { fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer();
    return `data:image/png;base64,${png.toString('base64')}`;
  } catch {
    return null;
  }
}
