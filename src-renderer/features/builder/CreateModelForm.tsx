import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelDetail } from '../../../src-shared/contract';
import type { DatasetSummary } from '../../../src-shared/data/dataset';
import { defaultTemplateFor } from '../../../src-shared/graph/templates';
import { asApiError, type ApiError } from '../../api/api-error';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { showToast } from '../../ui/toast-store';
import { useModels } from './models-store';

interface CreateModelFormProps {
  projectPath: string;
  datasets: DatasetSummary[];
  onCreated: (model: ModelDetail) => void;
}

/** Dataset first, then a template that suits it (or the recommended default for it). */
export function CreateModelForm({ projectPath, datasets, onCreated }: CreateModelFormProps) {
  const { t, i18n } = useTranslation();
  const templates = useModels((s) => s.templates);
  const createDefault = useModels((s) => s.createDefault);
  const [datasetId, setDatasetId] = useState<number>(datasets[0]?.id ?? 0);
  const [template, setTemplate] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const lang = i18n.language === 'es' ? 'es' : 'en';

  const dataset = datasets.find((d) => d.id === datasetId) ?? datasets[0];
  const fitting = templates.filter((tpl) => !dataset || tpl.datasetKinds.includes(dataset.kind));
  const chosen = fitting.find((tpl) => tpl.id === template);
  // The server names a model "<dataset> · <template>" in English; name it in the UI's language.
  const effective = chosen ?? (dataset ? templates.find((tpl) => tpl.id === defaultTemplateFor(dataset.kind)) : undefined);
  const defaultName = dataset && effective ? `${dataset.name} · ${effective.title[lang]}` : undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!dataset) return;
    setBusy(true);
    setError(null);
    try {
      const model = await createDefault(projectPath, {
        datasetId: dataset.id,
        ...(chosen ? { template: chosen.id } : {}),
        ...(name.trim() ? { name: name.trim() } : defaultName ? { name: defaultName } : {}),
      });
      showToast(t('model.create.done', { name: model.name }));
      onCreated(model);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="create-model-title" data-testid="create-model">
      <h2 id="create-model-title" className="card-title">
        <Icon name="plus" />
        {t('model.create.title')}
      </h2>
      <p className="muted">{t('model.create.hint')}</p>
      <form className="form form-grid" onSubmit={(e) => void submit(e)}>
        <Field label={t('model.create.dataset')}>
          {(id) => (
            <select
              id={id}
              className="input"
              value={dataset?.id ?? ''}
              onChange={(e) => {
                setDatasetId(Number(e.target.value));
                setTemplate('');
              }}
              data-testid="model-dataset"
            >
              {datasets.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('model.create.template')} hint={chosen ? chosen.description[lang] : t('model.create.templateDefaultHint')}>
          {(id) => (
            <select id={id} className="input" value={template} onChange={(e) => setTemplate(e.target.value)} data-testid="model-template">
              <option value="">{t('model.create.templateDefault')}</option>
              {fitting.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.title[lang]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('model.create.name')} hint={t('model.create.nameHint')} className="span-2">
          {(id) => <input id={id} className="input" value={name} maxLength={120} placeholder={defaultName} onChange={(e) => setName(e.target.value)} data-testid="model-name" />}
        </Field>
        <div className="span-2">
          <ErrorBanner error={error} onDismiss={() => setError(null)} />
        </div>
        <div className="form-actions span-2">
          <Button type="submit" variant="primary" busy={busy} disabled={!dataset} data-testid="create-model-submit">
            {t('model.create.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
