import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { ModalDialog, useDialogAction } from './ModalDialog';

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
  const { busy, error, run } = useDialogAction(onSubmit, onClose);
  return (
    <ModalDialog
      title={title}
      busy={busy}
      error={error}
      onClose={onClose}
      onOpen={(dialog) => dialog.querySelector<HTMLInputElement>('input')?.select()}
      testId={testId}
      wrap={(content) => (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (canSubmit && !busy) void run();
          }}
        >
          {content}
        </form>
      )}
      actions={
        <>
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy} disabled={!canSubmit} data-testid="dialog-submit">
            {submitLabel}
          </Button>
        </>
      }
    >
      {children}
    </ModalDialog>
  );
}
