import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { asApiError, type ApiError } from '../api/api-error';
import { ErrorBanner } from './ErrorBanner';

/**
 * Runs a dialog's async action: busy while it runs, closes on success, shows the failure inside
 * the dialog (translated by code) so the user can fix and retry.
 */
export function useDialogAction(action: () => Promise<void>, onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  async function run() {
    setBusy(true);
    setError(null);
    try {
      await action();
      onDone();
    } catch (err) {
      setError(asApiError(err));
      setBusy(false);
    }
  }
  return { busy, error, run };
}

interface ModalDialogProps {
  title: string;
  busy: boolean;
  error: ApiError | null;
  onClose: () => void;
  /** Runs once the dialog is open, e.g. to focus the safe button or select an input. */
  onOpen?: (dialog: HTMLDialogElement) => void;
  /** Wraps body and actions (a <form> for form dialogs). */
  wrap?: (content: ReactNode) => ReactNode;
  actions: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** A native modal <dialog>: Escape cancels unless busy; title, body, error and actions. */
export function ModalDialog({ title, busy, error, onClose, onOpen, wrap, actions, children, testId }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    onOpen?.(dialog);
    // Only on mount: focusing again on every render would steal focus from the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const content = (
    <>
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body">{children}</div>
      <ErrorBanner error={error} />
      <div className="dialog-actions">{actions}</div>
    </>
  );
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      {wrap ? wrap(content) : content}
    </dialog>
  );
}
