interface ProgressBarProps {
  /** Between 0 and max; null draws an indeterminate bar. */
  value: number | null;
  max?: number;
  label: string;
  /** Shown under the bar, e.g. "batch 12 of 40 · 1,200 samples/s". */
  caption?: string;
  testId?: string;
  thin?: boolean;
}

export function ProgressBar({ value, max = 1, label, caption, testId, thin }: ProgressBarProps) {
  const fraction = value === null || max <= 0 ? null : Math.min(1, Math.max(0, value / max));
  return (
    <div className={`progress${thin ? ' progress-thin' : ''}`} data-testid={testId}>
      <div className="progress-head">
        <span className="progress-label">{label}</span>
        {fraction !== null && <span className="progress-percent">{Math.round(fraction * 100)}%</span>}
      </div>
      <div
        className={`progress-track${fraction === null ? ' progress-indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={fraction === null ? undefined : Math.round(fraction * 100)}
        data-fraction={fraction === null ? undefined : fraction.toFixed(4)}
      >
        {/* Keyed by mode, so leaving the indeterminate animation does not animate its width away. */}
        <div key={fraction === null ? 'indeterminate' : 'determinate'} className="progress-fill" style={fraction === null ? undefined : { width: `${fraction * 100}%` }} />
      </div>
      {caption && <div className="progress-caption">{caption}</div>}
    </div>
  );
}
