import { useTranslation } from 'react-i18next';
import type { GraphIssue } from '../../../src-shared/contract';
import { Icon } from '../../ui/Icon';
import { errorText } from '../../ui/error-text';

/** Problems found in the model, in the user's language, errors first. */
export function IssueList({ issues }: { issues: GraphIssue[] }) {
  const { t, i18n } = useTranslation();
  if (issues.length === 0) {
    return (
      <div className="banner banner-success" data-testid="no-issues">
        <Icon name="check" />
        <span>{t('model.issues.none')}</span>
      </div>
    );
  }
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul className="issue-list" data-testid="issue-list">
      {sorted.map((issue, i) => (
        <li key={`${issue.code}-${issue.nodeId ?? ''}-${i}`} className={`banner banner-${issue.severity === 'error' ? 'error' : 'warning'}`} data-code={issue.code} data-testid="issue">
          <Icon name="alert" />
          <span>
            <strong>{t(`model.issues.${issue.severity}`)}: </strong>
            {errorText(i18n, issue)}
          </span>
        </li>
      ))}
    </ul>
  );
}
