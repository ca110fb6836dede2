import { useTranslation } from 'react-i18next';
import { errorText, type ErrorLike } from './error-text';
import { Icon } from './Icon';

interface ErrorBannerProps {
  error: ErrorLike | null;
  onDismiss?: () => void;
  /** Text before the error, e.g. "Could not import the CSV". */
  context?: string;
}

// Codes whose English message is the only clue to what went wrong: offered, folded, as detail.
const DETAIL_CODES = new Set(['INTERNAL', 'RUN_FAILED', 'WORKER_CRASHED']);

/** A translated API error; a few codes also offer their English detail, never a stack. */
export function ErrorBanner({ error, onDismiss, context }: ErrorBannerProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="error-banner" data-code={error.code}>
      <Icon name="alert" />
      <div className="banner-text">
        {context && <strong>{context} </strong>}
        <span>{errorText(i18n, error)}</span>
        {DETAIL_CODES.has(error.code) && error.message && (
          <details className="banner-details">
            <summary>{t('common.technicalDetail')}</summary>
            <code>{error.message.split('\n')[0]}</code>
          </details>
        )}
      </div>
      {onDismiss && (
        <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('common.dismiss')} title={t('common.dismiss')}>
          <Icon name="close" />
        </button>
      )}
    </div>
  );
}
