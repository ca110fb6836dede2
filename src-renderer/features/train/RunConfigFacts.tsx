import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../src-shared/contract';
import { formatCount } from '../../ui/display-format';

/** How the run was set up, so two runs can be compared and one repeated. */
export function RunConfigFacts({ run }: { run: RunSummary }) {
  const { t, i18n } = useTranslation();
  const c = run.config;
  const facts: [string, string][] = [
    [t('train.config.model'), `${run.modelName} (v${run.modelVersion})`],
    [t('train.config.dataset'), run.datasetName],
    [t('train.form.epochs'), `${formatCount(run.epochsCompleted, i18n.language)} / ${formatCount(c.epochs, i18n.language)}`],
    [t('train.form.batchSize'), formatCount(c.batchSize, i18n.language)],
    [t('train.form.learningRate'), String(c.learningRate)],
    [t('train.form.optimizer'), t(`train.optimizers.${c.optimizer}`)],
    [t('train.form.backend'), c.backend === 'auto' ? t('train.backendAuto') : c.backend],
    [t('train.form.seed'), String(c.seed)],
    [t('train.form.clipNorm'), c.clipNorm > 0 ? String(c.clipNorm) : t('train.form.clipOff')],
  ];
  return (
    <dl className="facts" data-testid="run-config">
      {facts.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
