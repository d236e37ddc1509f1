import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../app/api';
import type { OtpPurpose, OtpSent } from '../auth/types';
import { useRequestOtpMutation } from './accountApi';

/** Seconds left until `until` (ms since the epoch), ticking every second; 0 when there is none. */
export function useSecondsLeft(until: number | null): number {
  const [, tick] = useState(0);
  const seconds = until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000));
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => {
      tick((n) => n + 1);
      if (Date.now() >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return seconds;
}

/** "1:05", "0:42": a countdown as a clock shows it. */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export interface CodeSent extends OtpSent {
  /** The number as the shopper typed it when the code was asked for: the code belongs to it. */
  phone: string;
}

/** Asking for a code by SMS, and when another may be asked for (`resendIn`, or a 429's Retry-After). */
export function useOtp(purpose: OtpPurpose) {
  const [requestOtp, state] = useRequestOtpMutation();
  const [sent, setSent] = useState<CodeSent | null>(null);
  const [resendAt, setResendAt] = useState<number | null>(null);
  const resendIn = useSecondsLeft(resendAt);

  const send = useCallback(
    async (phone: string): Promise<ApiError | null> => {
      try {
        const answer = await requestOtp({ phone, purpose }).unwrap();
        setSent({ ...answer, phone });
        setResendAt(Date.now() + answer.resendIn * 1000);
        return null;
      } catch (error) {
        const problem = error as ApiError;
        if (problem.kind === 'http' && problem.status === 429 && problem.retryAfter) {
          setResendAt(Date.now() + problem.retryAfter * 1000);
        }
        return problem;
      }
    },
    [requestOtp, purpose],
  );

  const reset = useCallback(() => {
    setSent(null);
  }, []);

  return { send, sent, reset, sending: state.isLoading, resendIn };
}
