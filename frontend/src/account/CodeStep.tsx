import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/useI18n';
import { FieldFrame, inputClass, linkButton } from './Field';
import { clock, type CodeSent } from './useOtp';

interface CodeStepProps {
  sent: CodeSent;
  code: string;
  onCode: (code: string) => void;
  error?: string;
  resendIn: number;
  sending: boolean;
  onResend: () => void;
}

/** The code from the SMS: 6 digits (pasted with spaces or not), and a new code once the wait is over. */
export function CodeStep({ sent, code, onCode, error, resendIn, sending, onResend }: CodeStepProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);

  // The code field appears when the SMS is on its way: that is where the shopper goes next.
  useEffect(() => {
    input.current?.focus();
  }, [sent]);

  return (
    <div className="space-y-3">
      <p role="status" data-testid="code-sent" className="text-sm text-slate-700">
        {t('auth.codeSent', { phone: sent.sentTo, minutes: Math.round(sent.expiresIn / 60) })}
      </p>
      <FieldFrame id="code" label={t('field.code')} hint={t('field.code.hint')} error={error}>
        {(described) => (
          <input
            {...described}
            ref={input}
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={12}
            value={code}
            onChange={(event) => onCode(event.target.value.replace(/\D/g, '').slice(0, 6))}
            className={`${inputClass} max-w-48 text-center font-mono text-xl tracking-[0.4em]`}
          />
        )}
      </FieldFrame>
      <p className="text-sm text-slate-600" aria-live="off">
        {resendIn > 0 ? (
          <span data-testid="resend-wait">{t('auth.resendIn', { time: clock(resendIn) })}</span>
        ) : (
          <button type="button" data-testid="resend" className={linkButton} disabled={sending} onClick={onResend}>
            {t('auth.resend')}
          </button>
        )}
      </p>
    </div>
  );
}
