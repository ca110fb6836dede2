import type { z } from 'zod';
import { appMethods } from './app';
import { projectMethods } from './projects';
import { datasetMethods } from './datasets';
import { modelMethods } from './models';
import { runMethods } from './runs';
import { exportMethods } from './exports';
import { projectArchiveMethods } from './project-archives';

/** Every API method: name -> { input, output } zod schemas. The single source of truth. */
export const methods = {
  ...appMethods,
  ...projectMethods,
  ...projectArchiveMethods,
  ...datasetMethods,
  ...modelMethods,
  ...runMethods,
  ...exportMethods,
};

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (defaults may be left out). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}

/** What every transport returns for a call. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; details?: Record<string, unknown> } };

export * from './events';
export type { AppInfo, Settings, BackendProbe } from './app';
export type { ProjectSummary } from './projects';
export type { SampleRow } from './datasets';
export type { GraphIssue, LayerRow, ModelSummary, ModelDetail, TemplateInfo } from './models';
export type { RunSummary, RunDetail, Prediction, Checkpoint } from './runs';
export type { ExportSummary } from './exports';
export type { ArchiveResult } from './project-archives';
export type { InspectedPath, PathKind, ShellRequest } from './shell';

