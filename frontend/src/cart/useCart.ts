import { skipToken } from '@reduxjs/toolkit/query/react';
import { shallowEqual } from 'react-redux';
import { useAppSelector } from '../app/hooks';
import { cartKeyOf, useCartQuery } from './cartApi';

/**
 * The shopper's cart: the customer's when signed in, this browser's guest cart otherwise; nothing is asked for until
 * the first refresh has said which. `fresh`: read it again on mount (a page that shows prices and stock notices).
 */
export function useCart({ fresh = false }: { fresh?: boolean } = {}) {
  const key = useAppSelector(cartKeyOf, shallowEqual);
  return useCartQuery(key ?? skipToken, { refetchOnMountOrArgChange: fresh });
}
