// The datasets module as the API handlers use it.
export { importCsv, type ImportCsvInput } from './csv-import';
export { importImageFolder, type ImportFolderInput } from './image-folder-import';
export { addSampleDataset, findSamplesDir, type SampleOptions } from './sample-datasets';
export { datasetSummary, listDatasetSummaries } from './dataset-summary';
export { listSampleRows, type SamplePage } from './sample-rows';
export { deleteDataset } from './dataset-deletion';
export { buildDataSpec, datasetShapeInfo } from './data-spec';
export type { ImportProgress } from './import-progress';
