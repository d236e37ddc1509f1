import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';

interface QuantityStepperProps {
  id: string;
  /** The field's accessible name. */
  label: string;
  /** What the quantity is of, for the − and + buttons' names. */
  name: string;
  value: number;
  /** The most it may be set to; a line holding more than can be sold now has `value` above it. */
  max: number;
  disabled?: boolean;
  onCommit: (quantity: number) => void;
}

const stepClass =
  'inline-flex size-10 items-center justify-center text-lg font-semibold text-slate-700 hover:bg-slate-100 ' +
  'focus-visible:outline-2 focus-visible:outline-emerald-700 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent';

/** − [n] +, from 1 to `max`: the buttons step by one; a typed number counts once the field is left or Enter pressed. */
export function QuantityStepper({ id, label, name, value, max, disabled = false, onCommit }: QuantityStepperProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);

  function commit() {
    if (draft === null) return;
    setDraft(null);
    // More than can be bought becomes the most that can; nothing or 0 typed leaves the quantity as it was.
    const typed = Math.min(Number.parseInt(draft, 10), max);
    if (typed >= 1 && typed !== value) onCommit(typed);
  }

  return (
    <div
      data-testid="quantity-stepper"
      className="inline-flex items-center overflow-hidden rounded-lg bg-white ring-1 ring-slate-300"
    >
      <button
        type="button"
        data-testid="quantity-decrease"
        aria-label={t('quantity.decrease', { name })}
        disabled={disabled || value <= 1}
        onClick={() => onCommit(Math.min(value - 1, max))}
        className={stepClass}
      >
        <span aria-hidden="true">−</span>
      </button>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        aria-label={label}
        disabled={disabled}
        value={draft ?? String(value)}
        onChange={(event) => setDraft(event.target.value.replace(/\D/g, '').slice(0, 2))}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
        className="h-10 w-12 border-x border-slate-200 text-center text-base font-semibold text-slate-900 tabular-nums focus:outline-2 focus:-outline-offset-2 focus:outline-emerald-600 disabled:bg-slate-50 disabled:text-slate-400"
      />
      <button
        type="button"
        data-testid="quantity-increase"
        aria-label={t('quantity.increase', { name })}
        disabled={disabled || value >= max}
        onClick={() => onCommit(value + 1)}
        className={stepClass}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
