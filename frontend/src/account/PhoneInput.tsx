import { FieldFrame, inputClass } from './Field';
import { formatPhone } from './phone';

interface PhoneInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  readOnly?: boolean;
  autoFocus?: boolean;
}

/**
 * A phone number typed any way people type one. Leaving the field tidies an Uzbek number into
 * "+998 90 123 45 67"; what is sent is what the shopper sees, and the API (which normalises) is the judge.
 */
export function PhoneInput({ id, label, value, onChange, hint, error, readOnly, autoFocus }: PhoneInputProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <input
          {...described}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          name={id}
          placeholder="+998 90 123 45 67"
          maxLength={24}
          value={value}
          readOnly={readOnly}
          autoFocus={autoFocus}
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => {
            const tidy = formatPhone(value);
            if (tidy !== value) onChange(tidy);
          }}
          className={inputClass}
        />
      )}
    </FieldFrame>
  );
}
