import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../app/api';
import { newIdempotencyKey } from './idempotencyKey';
import { usePaymentLinkMutation } from './ordersApi';
import type { OnlineMethod } from './types';

/** One request for a payment link: its Idempotency-Key, what it asked for, and whether its outcome is still unknown. */
export interface LinkAttempt {
  key: string;
  number: string;
  provider: OnlineMethod;
  unanswered: boolean;
}

/** What checkout hands the order's payment page when it could not open the provider's page (router state). */
export interface CarriedPayment {
  attempt: LinkAttempt;
  problem: ApiError;
}

export function isCarriedPayment(value: unknown): value is CarriedPayment {
  if (typeof value !== 'object' || value === null) return false;
  const { attempt, problem } = value as Partial<CarriedPayment>;
  return (
    typeof attempt === 'object' &&
    attempt !== null &&
    typeof attempt.key === 'string' &&
    typeof attempt.number === 'string' &&
    (attempt.provider === 'payme' || attempt.provider === 'click') &&
    typeof problem === 'object' &&
    problem !== null &&
    'kind' in problem
  );
}

/** The provider's page as an absolute http(s) address; a link of any other kind (javascript:, say) is not followed. */
export function paymentPage(url: unknown): string | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const target = new URL(url, document.baseURI);
    return target.protocol === 'https:' || target.protocol === 'http:' ? target.href : null;
  } catch {
    return null;
  }
}

/**
 * Asks for a link to pay an order online and sends the whole window there. Each request is a new attempt with a new
 * Idempotency-Key, except the same request sent again after its answer never came (no network, a 5xx): it keeps its
 * key, as checkout does. `carried`: an attempt begun on another page (checkout) whose outcome is known there.
 */
export function usePaymentLink(carried: LinkAttempt | null = null) {
  const [request] = usePaymentLinkMutation();
  const attempt = useRef<LinkAttempt | null>(carried);
  // The provider whose page is being asked for or opened.
  const [going, setGoing] = useState<OnlineMethod | null>(null);

  // Back from the provider to this page as the browser kept it (its page cache): it is no longer on its way out.
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) setGoing(null);
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);

  /** Resolves with what went wrong, or null once the window is on its way to the provider. */
  const open = useCallback(
    async (number: string, provider: OnlineMethod, beforeLeaving?: () => void): Promise<ApiError | null> => {
      const last = attempt.current;
      const key =
        last && last.unanswered && last.number === number && last.provider === provider ? last.key : newIdempotencyKey();
      attempt.current = { key, number, provider, unanswered: true };
      setGoing(provider);
      try {
        const link = await request({ number, provider, key }).unwrap();
        attempt.current = { key, number, provider, unanswered: false };
        const target = paymentPage(link?.url);
        if (!target) {
          setGoing(null);
          return { kind: 'unexpected', message: 'The payment link is not a web address' };
        }
        beforeLeaving?.();
        window.location.assign(target);
        return null;
      } catch (error) {
        const problem = error as ApiError;
        if (problem.kind === 'http' && problem.status < 500) attempt.current = { key, number, provider, unanswered: false };
        setGoing(null);
        return problem;
      }
    },
    [request],
  );

  return { open, going, busy: going !== null, lastAttempt: () => attempt.current };
}
