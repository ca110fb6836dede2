import { basename, extname, resolve } from 'node:path';
import { parseCsv } from '../../src-shared/data/csv';
import type { Task } from '../../src-shared/data/dataset';
import type { StoredBlob } from '../store/blob-store';
import type { OpenProject } from '../store/project-registry';
import { recordBlob } from '../store/repos/blobs-repo';
import { insertClasses } from '../store/repos/classes-repo';
import { insertColumns } from '../store/repos/columns-repo';
import { insertDataset } from '../store/repos/datasets-repo';
import { insertSamples } from '../store/repos/samples-repo';
import { readCsvFile } from './csv-file-text';
import { planTableDataset } from './csv-table-plan';
import { uniqueDatasetName } from './dataset-name';
import { DEFAULT_SPLIT_SEED } from './split-assignment';

export interface ImportCsvInput {
  filePath: string;
  /** The column to predict. */
  target: string;
  /** Defaults to the file name without its extension. */
  name?: string;
  /** Leave out to infer: a numeric target with many distinct values (or fractions) is regression. */
  task?: Task;
}

/** Imports a CSV file as a table dataset; returns the new dataset's id. */
export async function importCsv(project: OpenProject, input: ImportCsvInput, seed = DEFAULT_SPLIT_SEED): Promise<number> {
  const { text, utf8 } = await readCsvFile(input.filePath);
  const fileName = basename(input.filePath);
  return importCsvText(project, {
    text,
    fileName,
    name: input.name ?? (basename(fileName, extname(fileName)) || fileName),
    source: `csv:${resolve(input.filePath)}`,
    target: input.target,
    task: input.task,
    seed,
    // A UTF-8 file is copied byte for byte; any other encoding is stored as the UTF-8 text we read.
    storeSource: () => (utf8 ? project.blobs.putFile(input.filePath) : project.blobs.putBuffer(Buffer.from(text, 'utf8'))),
  });
}

export interface CsvTextImport {
  text: string;
  fileName: string;
  name: string;
  /** Where it came from, shown with the dataset: "csv:/path/file.csv", "sample:iris". */
  source: string;
  target: string;
  task?: Task;
  seed: number;
  /** Copies the CSV into the blob store; called only once the file has been checked. */
  storeSource?: () => StoredBlob;
}

/** Checks and plans the whole table first, then writes every row in one transaction. */
export async function importCsvText(project: OpenProject, input: CsvTextImport): Promise<number> {
  const table = parseCsv(input.text, { fileName: input.fileName });
  const plan = planTableDataset(table, { fileName: input.fileName, target: input.target, task: input.task, seed: input.seed });
  const blob = input.storeSource ? input.storeSource() : project.blobs.putBuffer(Buffer.from(input.text, 'utf8'));
  const db = project.db;
  return db.transaction(() => {
    recordBlob(db, blob.sha256, blob.size, 'text/csv');
    const id = insertDataset(db, {
      name: uniqueDatasetName(db, input.name),
      kind: 'table',
      task: plan.task,
      source: input.source,
      sourceBlob: blob.sha256,
      targetColumn: plan.targetName,
      inputShape: plan.inputShape,
      splitSeed: input.seed,
    });
    insertColumns(db, id, plan.columns);
    insertClasses(db, id, plan.classes);
    insertSamples(db, id, plan.samples);
    return id;
  })();
}
