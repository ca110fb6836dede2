import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/studio-api';
import { useHasNativePickers } from '../app/app-store';
import { Button } from './Button';

interface PathInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** What Browse… opens: a folder picker, a file picker, or a save dialog (a new file). */
  pick: 'directory' | 'file' | 'save';
  extensions?: string[];
  placeholder?: string;
  dialogTitle?: string;
  testId?: string;
  required?: boolean;
  /** Called with a path chosen in the native dialog (a save dialog has already confirmed replacing a file). */
  onPicked?: (path: string) => void;
}

/** A typed path, plus "Browse…" where the desktop app has native pickers. */
export function PathInput({ id, value, onChange, pick, extensions, placeholder, dialogTitle, testId, required, onPicked }: PathInputProps) {
  const { t } = useTranslation();
  const native = useHasNativePickers();
  const [picking, setPicking] = useState(false);

  async function browse() {
    setPicking(true);
    try {
      const base = { title: dialogTitle, defaultPath: value || undefined };
      const result =
        pick === 'directory'
          ? await api.call('app.pickDirectory', base)
          : pick === 'save'
            ? await api.call('app.pickSaveFile', { ...base, extensions })
            : await api.call('app.pickFile', { ...base, extensions });
      if (result.path) {
        onChange(result.path);
        onPicked?.(result.path);
      }
    } finally {
      setPicking(false);
    }
  }

  return (
    <div className="path-input">
      <input
        id={id}
        className="input input-mono"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        data-testid={testId}
        required={required}
      />
      {native && (
        <Button onClick={() => void browse()} busy={picking} data-testid={testId ? `${testId}-browse` : undefined}>
          {t('common.browse')}
        </Button>
      )}
    </div>
  );
}
