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

export function OpenProjectForm() {
  const { t } = useTranslation();
  const open = useProjects((s) => s.open);
  const focusRequest = useProjects((s) => s.focusRequest);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (focusRequest?.form === 'open') sectionRef.current?.querySelector('input')?.focus();
  }, [focusRequest]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!path.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const project = await open(path.trim());
      navigate(projectRoute(project.path, 'data'));
    } catch (err) {
      setError(asApiError(err));
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="open-project-title" ref={sectionRef}>
      <h2 id="open-project-title" className="card-title">
        <Icon name="open" />
        {t('projects.open.title')}
      </h2>
      <form onSubmit={(e) => void submit(e)} className="form">
        <Field label={t('projects.open.path')} hint={t('projects.open.pathHint')}>
          {(id) => (
            <PathInput id={id} value={path} onChange={setPath} pick="directory" dialogTitle={t('projects.open.title')} placeholder={t('projects.open.pathPlaceholder')} testId="open-project-path" />
          )}
        </Field>
        <ErrorBanner error={error} onDismiss={() => setError(null)} />
        <div className="form-actions">
          <Button type="submit" busy={busy} disabled={!path.trim()} data-testid="open-project">
            {t('projects.open.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
