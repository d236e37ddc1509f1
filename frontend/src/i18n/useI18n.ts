import { useCallback } from 'react';
import { useAppSelector } from '../app/hooks';
import { translate, type MessageKey, type MessageVars } from './messages';

export function useI18n() {
  const lang = useAppSelector((state) => state.language.current);
  const t = useCallback((key: MessageKey, vars?: MessageVars) => translate(lang, key, vars), [lang]);
  return { lang, t };
}
