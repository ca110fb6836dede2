import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useSharing } from './sharing-store';

/** On the Projects screen: the way in for a .neurona.zip someone shared. */
export function ImportProjectCard() {
  const { t } = useTranslation();
  const requestImport = useSharing((s) => s.requestImport);
  return (
    <section className="card" aria-labelledby="import-project-title">
      <h2 id="import-project-title" className="card-title">
        <Icon name="open" />
        {t('sharing.import.cardTitle')}
      </h2>
      <p className="muted">{t('sharing.import.cardBody')}</p>
      <div className="form-actions">
        <Button onClick={() => requestImport()} data-testid="import-project-open">
          {t('sharing.import.action')}
        </Button>
      </div>
    </section>
  );
}
