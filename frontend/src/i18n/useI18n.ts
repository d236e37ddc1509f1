import { useMemo } from 'react';
import { useAppSelector } from '../app/hooks';
import { translate, translatePlural, type MessageKey, type MessageVars, type PluralKey } from './messages';
import { formatMoney, groupDigits } from './money';

export function useI18n() {
  const lang = useAppSelector((state) => state.language.current);
  return useMemo(
    () => ({
      lang,
      t: (key: MessageKey, vars?: MessageVars) => translate(lang, key, vars),
      /** A counted phrase in the right plural form, the number grouped: "2 000 ta mahsulot". */
      count: (base: PluralKey, n: number) => translatePlural(lang, base, n, groupDigits(n)),
      /** A tiyin amount as shoppers read it. */
      money: (tiyin: number) => formatMoney(tiyin, lang),
    }),
    [lang],
  );
}
