import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiError } from '../../api/api-error';
import { navigate } from '../../app/router-store';
import { projectRoute } from '../../app/route';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { PathInput } from '../../ui/PathInput';
import { useProjects } from './projects-store';

export function NewProjectForm() {
  const { t } = useTranslation();
  const defaultDir = useProjects((s) => s.defaultDir);
  const create = useProjects((s) => s.create);
  const focusRequest = useProjects((s) => s.focusRequest);
  const [name, setName] = useState('');
  const [location, setLocation] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRequest?.form === 'new') nameRef.current?.focus();
  }, [focusRequest]);

  const parentDir = location ?? defaultDir;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const project = await create(name.trim(), parentDir.trim() || undefined);
      navigate(projectRoute(project.path, 'data'));
    } catch (err) {
      setError(asApiError(err));
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="new-project-title">
      <h2 id="new-project-title" className="card-title">
        <Icon name="plus" />
        {t('projects.new.title')}
      </h2>
      <form onSubmit={(e) => void submit(e)} className="form">
        <Field label={t('projects.new.name')}>
          {(id) => (
            <input
              id={id}
              ref={nameRef}
              className="input"
              value={name}
              maxLength={120}
              onChange={(e) => setName(e.target.value)}
              placeholder={t('projects.new.namePlaceholder')}
              data-testid="new-project-name"
              required
            />
          )}
        </Field>
        <Field label={t('projects.new.location')} hint={t('projects.new.locationHint')}>
          {(id) => (
            <PathInput id={id} value={parentDir} onChange={setLocation} pick="directory" dialogTitle={t('projects.new.location')} testId="new-project-location" />
          )}
        </Field>
        <ErrorBanner error={error} onDismiss={() => setError(null)} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy} disabled={!name.trim()} data-testid="create-project">
            {t('projects.new.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
