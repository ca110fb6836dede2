import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { Button } from '../../ui/Button';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { ImportProgressBar } from './ImportProgressBar';

interface ImportFormTailProps {
  projectPath: string;
  name: string;
  onNameChange: (name: string) => void;
  busy: boolean;
  error: ApiError | null;
  onDismissError: () => void;
  /** Shown above a failure, e.g. "The CSV could not be imported". */
  failedContext: string;
  submitLabel: string;
  canSubmit: boolean;
  submitTestId: string;
}

/** What every import form ends with: an optional name, the progress while importing, the error, Import. */
export function ImportFormTail(props: ImportFormTailProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('data.import.name')} hint={t('data.import.nameHint')} className="span-2">
        {(id) => <input id={id} className="input" value={props.name} maxLength={120} onChange={(e) => props.onNameChange(e.target.value)} />}
      </Field>
      {props.busy && (
        <div className="span-2">
          <ImportProgressBar projectPath={props.projectPath} label={t('data.import.importing')} />
        </div>
      )}
      <div className="span-2">
        <ErrorBanner error={props.error} onDismiss={props.onDismissError} context={props.failedContext} />
      </div>
      <div className="form-actions span-2">
        <Button type="submit" variant="primary" busy={props.busy} disabled={!props.canSubmit} data-testid={props.submitTestId}>
          {props.submitLabel}
        </Button>
      </div>
    </>
  );
}
