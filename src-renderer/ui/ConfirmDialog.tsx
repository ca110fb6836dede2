import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiError } from '../api/api-error';
import { Button } from './Button';
import { ErrorBanner } from './ErrorBanner';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** The dialog stays open, busy, until this settles; a failure is shown inside it. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId?: string;
}

/** A modal question before something that cannot be undone. Escape or Cancel closes it. */
export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onClose, testId }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The safe choice has the focus, so Enter does not destroy anything by accident.
    cancelRef.current?.focus();
  }, []);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
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
      aria-labelledby="confirm-title"
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id="confirm-title" className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body">{children}</div>
      <ErrorBanner error={error} />
      <div className="dialog-actions">
        <Button ref={cancelRef} onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button variant={danger ? 'danger' : 'primary'} busy={busy} onClick={() => void confirm()} data-testid="confirm-button">
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
