import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../app/language';
import { checkNumberText, formatLocaleNumber, parseLocaleNumber, type NumberProblem } from './locale-number';

export interface NumberFieldProps {
  id?: string;
  /** The number shown; null when the field is empty or its text is not acceptable. */
  value: number | null;
  /** Called with the number on every acceptable edit, and with null while the text is not acceptable. */
  onChange(value: number | null): void;
  integer?: boolean;
  min?: number;
  max?: number;
  /** Allows an empty field (value null) without calling it an error. */
  optional?: boolean;
  disabled?: boolean;
  placeholder?: string;
  className?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'data-testid'?: string;
}

function languageOf(code: string | undefined): UiLanguage {
  return code?.startsWith('es') ? 'es' : 'en';
}

/**
 * The one input for numbers a person types. It reads the UI language's decimal separator
 * (Spanish `0,05` is 0.05), keeps the text as typed while it is being edited, and says what is
 * wrong inline instead of letting the browser turn `0,05` into 5 or into nothing.
 */
export function NumberField({ id, value, onChange, integer, min, max, optional, disabled, placeholder, className, ...aria }: NumberFieldProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const [text, setText] = useState(() => (value === null ? '' : formatLocaleNumber(value, language)));
  const [problem, setProblem] = useState<NumberProblem | null>(null);
  const errorId = useId();
  const lastLanguage = useRef(language);

  // Follow the value when it changes from outside (a reset, a template, an undo), and rewrite the
  // text when the language changes, but never fight the text while it reads as the same number.
  useEffect(() => {
    const languageChanged = lastLanguage.current !== language;
    lastLanguage.current = language;
    if (value === null) {
      if (languageChanged) setText('');
      return;
    }
    if (languageChanged || parseLocaleNumber(text, language) !== value) {
      setText(formatLocaleNumber(value, language));
      setProblem(null);
    }
    // `text` is read, not followed: following it would undo the user's typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, language]);

  function edit(next: string) {
    setText(next);
    const checked = checkNumberText(next, language, { integer, min, max });
    const emptyAllowed = optional && checked.problem?.key === 'required';
    setProblem(emptyAllowed ? null : checked.problem);
    onChange(checked.value);
  }

  const describedBy = [aria['aria-describedby'], problem ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        id={id}
        className={`input${className ? ` ${className}` : ''}`}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(e) => edit(e.target.value)}
        aria-label={aria['aria-label']}
        aria-describedby={describedBy}
        aria-invalid={problem ? true : undefined}
        data-testid={aria['data-testid']}
      />
      {problem && (
        <div id={errorId} className="field-error" role="alert">
          {t(`common.number.${problem.key}`, problem)}
        </div>
      )}
    </>
  );
}
