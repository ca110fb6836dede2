import { useEffect, useState } from 'react';
import type { SampleRow } from '../../../src-shared/contract';
import type { Split } from '../../../src-shared/data/dataset';
import { asApiError, type ApiError } from '../../api/api-error';
import { api } from '../../api/studio-api';

export interface SamplesPage {
  rows: SampleRow[];
  total: number;
  page: number;
  pages: number;
  loading: boolean;
  error: ApiError | null;
  setPage(page: number): void;
  split: Split | null;
  setSplit(split: Split | null): void;
}

/** One page of a dataset's samples (datasets.samples), refetched when page or split changes. */
export function useSamplesPage(projectPath: string, datasetId: number, pageSize: number): SamplesPage {
  const [page, setPage] = useState(0);
  const [split, setSplitState] = useState<Split | null>(null);
  const [rows, setRows] = useState<SampleRow[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    setPage(0);
    setSplitState(null);
  }, [datasetId]);

  useEffect(() => {
    let live = true;
    setLoading(true);
    api
      .call('datasets.samples', { projectPath, datasetId, offset: page * pageSize, limit: pageSize, ...(split ? { split } : {}) })
      .then((res) => {
        if (!live) return;
        setRows(res.rows);
        setTotal(res.total);
        setError(null);
      })
      .catch((err: unknown) => live && setError(asApiError(err)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [projectPath, datasetId, page, pageSize, split]);

  return {
    rows,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    loading,
    error,
    setPage,
    split,
    setSplit(next) {
      setSplitState(next);
      setPage(0);
    },
  };
}
