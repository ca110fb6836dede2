import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import { useToasts } from './toast-store';

export function Toaster() {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`} data-testid="toast">
          <Icon name="check" />
          <span>{toast.text}</span>
          <button type="button" className="icon-button" onClick={() => dismiss(toast.id)} aria-label={t('common.dismiss')}>
            <Icon name="close" size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
