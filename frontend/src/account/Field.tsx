import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

export const inputClass =
  'mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm ' +
  'placeholder:text-slate-400 focus:border-emerald-600 focus:outline-2 focus:outline-emerald-600/30 ' +
  'read-only:bg-slate-100 aria-invalid:border-red-600 disabled:bg-slate-100';

interface FrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (described: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/** A label, the control, a hint and the field's error, tied together (for=, aria-describedby, aria-invalid). */
export function FieldFrame({ id, label, hint, error, children }: FrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div data-testid={`field-${id}`}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, ...(error && { 'aria-invalid': true as const }) })}
      {error && (
        <p id={errorId} data-testid={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
};

export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(described) => <input {...input} {...described} className={`${inputClass} ${className ?? ''}`} />}
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
};

export function SelectField({ id, label, hint, error, children, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <select {...select} {...described} className={inputClass}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** A form's message about itself (not one field): announced when it appears. */
export function FormAlert({ children, testId = 'form-alert' }: { children: ReactNode; testId?: string }) {
  return (
    <div
      role="alert"
      data-testid={testId}
      tabIndex={-1}
      className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      {children}
    </div>
  );
}

export function FormNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" data-testid="form-notice" className="text-sm font-medium text-emerald-800">
      {children}
    </p>
  );
}

export const primaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-emerald-700 px-4 py-2 text-sm font-semibold text-white ' +
  'hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700 ' +
  'disabled:cursor-not-allowed disabled:opacity-60';

export const secondaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-white px-4 py-2 text-sm font-semibold text-slate-700 ' +
  'ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 ' +
  'focus-visible:outline-emerald-700 disabled:cursor-not-allowed disabled:opacity-60';

export const linkButton =
  'font-semibold text-emerald-700 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-emerald-700 ' +
  'disabled:cursor-not-allowed disabled:text-slate-400 disabled:no-underline';

interface ConfirmProps {
  question: string;
  /** Why the last try failed, if it did. */
  problem: string | null;
  busy: boolean;
  yes: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
  confirmTestId: string;
  className?: string;
}

/** A question asked before what cannot be undone: yes (in red, focused) or cancel. */
export function ConfirmGroup({ question, problem, busy, yes, cancel, onConfirm, onCancel, confirmTestId, className = '' }: ConfirmProps) {
  return (
    <div role="group" aria-label={question} className={`space-y-3 ${className}`.trim()}>
      <p className="font-medium text-slate-900">{question}</p>
      {problem && <FormAlert>{problem}</FormAlert>}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          autoFocus
          data-testid={confirmTestId}
          className={`${primaryButton} bg-red-700 hover:bg-red-800`}
          disabled={busy}
          onClick={onConfirm}
        >
          {yes}
        </button>
        <button type="button" className={secondaryButton} onClick={onCancel}>
          {cancel}
        </button>
      </div>
    </div>
  );
}
