import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiError } from '../api/api-error';
import { Button } from './Button';
import { ErrorBanner } from './ErrorBanner';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  children: ReactNode;
  canSubmit: boolean;
  /** The dialog stays open, busy, until this settles; a failure is shown inside it. */
  onSubmit: () => Promise<void>;
  onClose: () => void;
  testId?: string;
}

/** A small modal form (rename, …); Enter submits, Escape cancels. */
export function FormDialog({ title, submitLabel, children, canSubmit, onSubmit, onClose, testId }: FormDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLInputElement>('input')?.select();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!canSubmit || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
      onClose();
    } catch (err) {
      setError(asApiError(err));
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="form-dialog-title"
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="form-dialog-title" className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        <ErrorBanner error={error} />
        <div className="dialog-actions">
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy} disabled={!canSubmit} data-testid="dialog-submit">
            {submitLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
