import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelSummary, RunSummary } from '../../../src-shared/contract';
import type { DatasetSummary } from '../../../src-shared/data/dataset';
import { BACKEND_CHOICES, type BackendChoice } from '../../../src-shared/training/backends';
import { DEFAULT_TRAIN_CONFIG, OPTIMIZERS, TrainConfigSchema, type OptimizerName } from '../../../src-shared/training/config';
import { asApiError, type ApiError } from '../../api/api-error';
import { api } from '../../api/studio-api';
import { useAppStore } from '../../app/app-store';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { useRuns } from './runs-store';

interface NewRunFormProps {
  projectPath: string;
  models: ModelSummary[];
  datasets: DatasetSummary[];
  onStarted: (run: RunSummary) => void;
}

type NumberField = 'epochs' | 'batchSize' | 'learningRate' | 'seed' | 'clipNorm';

/** Model + dataset + hyperparameters, checked with the contract's own schema before sending. */
export function NewRunForm({ projectPath, models, datasets, onStarted }: NewRunFormProps) {
  const { t } = useTranslation();
  const start = useRuns((s) => s.start);
  const backends = useAppStore((s) => s.backends);
  const latest = models[models.length - 1];
  const [modelId, setModelId] = useState<number>(latest?.id ?? 0);
  const [datasetId, setDatasetId] = useState<number>(latest?.datasetId ?? datasets[0]?.id ?? 0);
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({
    epochs: String(DEFAULT_TRAIN_CONFIG.epochs),
    batchSize: String(DEFAULT_TRAIN_CONFIG.batchSize),
    learningRate: String(DEFAULT_TRAIN_CONFIG.learningRate),
    seed: String(DEFAULT_TRAIN_CONFIG.seed),
    clipNorm: String(DEFAULT_TRAIN_CONFIG.clipNorm),
  });
  const [optimizer, setOptimizer] = useState<OptimizerName>(DEFAULT_TRAIN_CONFIG.optimizer);
  const [backend, setBackend] = useState<BackendChoice>('auto');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  // Lists can arrive or change after the first render (a model just created, datasets loading).
  useEffect(() => {
    if (!models.some((m) => m.id === modelId) && latest) setModelId(latest.id);
  }, [models, modelId, latest]);
  useEffect(() => {
    if (!datasets.some((d) => d.id === datasetId) && datasets.length > 0) {
      const own = models.find((m) => m.id === modelId)?.datasetId;
      setDatasetId(own && datasets.some((d) => d.id === own) ? own : datasets[0]!.id);
    }
  }, [datasets, datasetId, models, modelId]);

  useEffect(() => {
    if (backends) return;
    api
      .call('app.backends', {})
      .then((b) => useAppStore.setState({ backends: { list: b.backends, auto: b.auto } }))
      .catch(() => {
        // Without the probe every backend stays selectable; the run reports BACKEND_UNAVAILABLE.
      });
  }, [backends]);

  // tfjs' cpu kernels for convolution gradients take seconds per batch (see docs/benchmarks.md):
  // warn before a CNN is sent there, whether chosen by hand or by `auto` on this machine.
  const effectiveBackend = backend === 'auto' ? backends?.auto : backend;
  const [slowCnn, setSlowCnn] = useState(false);
  useEffect(() => {
    if (effectiveBackend !== 'cpu' || !modelId) return setSlowCnn(false);
    let current = true;
    api.call('models.get', { projectPath, modelId }).then(
      (m) => current && setSlowCnn(m.layers.some((l) => l.kind === 'conv2d')),
      () => current && setSlowCnn(false),
    );
    return () => {
      current = false;
    };
  }, [effectiveBackend, modelId, projectPath]);

  const parsed = TrainConfigSchema.safeParse({
    epochs: Number(numbers.epochs),
    batchSize: Number(numbers.batchSize),
    learningRate: Number(numbers.learningRate),
    seed: Number(numbers.seed),
    clipNorm: Number(numbers.clipNorm),
    optimizer,
    backend,
  });
  const badFields = new Set(parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0])));
  const fieldError = (name: NumberField) => (badFields.has(name) || numbers[name].trim() === '' ? t(`train.form.invalid.${name}`) : undefined);

  function chooseModel(id: number) {
    setModelId(id);
    const own = models.find((m) => m.id === id)?.datasetId;
    if (own) setDatasetId(own);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!parsed.success) return;
    setBusy(true);
    setError(null);
    try {
      const run = await start(projectPath, { modelId, datasetId, config: parsed.data });
      onStarted(run);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  const numberInput = (name: NumberField, props: { min?: number; max?: number; step?: string }) => (
    <Field label={t(`train.form.${name}`)} hint={fieldError(name) ?? t(`train.form.hints.${name}`)} className={fieldError(name) ? 'field-invalid' : undefined}>
      {(id) => (
        <input
          id={id}
          className="input"
          type="number"
          inputMode="decimal"
          value={numbers[name]}
          onChange={(e) => setNumbers({ ...numbers, [name]: e.target.value })}
          aria-invalid={fieldError(name) ? true : undefined}
          data-testid={`train-${name}`}
          {...props}
        />
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby="new-run-title" data-testid="new-run">
      <h2 id="new-run-title" className="card-title">
        <Icon name="play" />
        {t('train.form.title')}
      </h2>
      <form className="form form-grid form-grid-3" onSubmit={(e) => void submit(e)}>
        <Field label={t('train.form.model')}>
          {(id) => (
            <select id={id} className="input" value={modelId} onChange={(e) => chooseModel(Number(e.target.value))} data-testid="train-model">
              {models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} (v{m.version})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('train.form.dataset')}>
          {(id) => (
            <select id={id} className="input" value={datasetId} onChange={(e) => setDatasetId(Number(e.target.value))} data-testid="train-dataset">
              {datasets.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('train.form.optimizer')} hint={t(`train.optimizerHints.${optimizer}`)}>
          {(id) => (
            <select id={id} className="input" value={optimizer} onChange={(e) => setOptimizer(e.target.value as OptimizerName)} data-testid="train-optimizer">
              {OPTIMIZERS.map((o) => (
                <option key={o} value={o}>
                  {t(`train.optimizers.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {numberInput('epochs', { min: 1, max: 10000, step: '1' })}
        {numberInput('batchSize', { min: 1, max: 8192, step: '1' })}
        {numberInput('learningRate', { min: 0, max: 10, step: 'any' })}
        <Field label={t('train.form.backend')} hint={t('train.form.hints.backend', { auto: backends?.auto ?? '…' })}>
          {(id) => (
            <select id={id} className="input" value={backend} onChange={(e) => setBackend(e.target.value as BackendChoice)} data-testid="train-backend">
              {BACKEND_CHOICES.map((b) => {
                const probe = backends?.list.find((p) => p.id === b);
                const unavailable = probe ? !probe.available : false;
                return (
                  <option key={b} value={b} disabled={unavailable} title={probe?.reason ?? undefined}>
                    {b === 'auto' ? t('train.backendAuto') : unavailable ? t('train.form.backendUnavailable', { id: b }) : b}
                  </option>
                );
              })}
            </select>
          )}
        </Field>
        {numberInput('seed', { min: 0, step: '1' })}
        {numberInput('clipNorm', { min: 0, step: 'any' })}
        {slowCnn && (
          <div className="banner banner-warning span-3" role="status" data-testid="cpu-cnn-warning">
            <Icon name="alert" />
            <span className="banner-text">{t('train.form.cpuSlowForCnn')}</span>
          </div>
        )}
        <div className="span-3">
          <ErrorBanner error={error} onDismiss={() => setError(null)} context={t('train.form.startFailed')} />
        </div>
        <div className="form-actions span-3">
          <Button type="submit" variant="primary" busy={busy} disabled={!parsed.success || !modelId || !datasetId} icon={<Icon name="play" size={15} />} data-testid="train-start">
            {t('train.form.start')}
          </Button>
        </div>
      </form>
    </section>
  );
}
