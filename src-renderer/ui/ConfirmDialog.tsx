import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { ModalDialog, useDialogAction } from './ModalDialog';

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
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { busy, error, run } = useDialogAction(onConfirm, onClose);
  return (
    <ModalDialog
      title={title}
      busy={busy}
      error={error}
      onClose={onClose}
      // The safe choice has the focus, so Enter does not destroy anything by accident.
      onOpen={() => cancelRef.current?.focus()}
      testId={testId}
      actions={
        <>
          <Button ref={cancelRef} onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} busy={busy} onClick={() => void run()} data-testid="confirm-button">
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </ModalDialog>
  );
}
