import { describe, expect, it } from 'vitest';
import { makeStore } from '../app/store';
import { languageStorageKey, setLanguage } from './languageSlice';

describe('language slice', () => {
  it('defaults to Uzbek', () => {
    expect(makeStore().getState().language.current).toBe('uz');
  });

  it('starts with the remembered choice', () => {
    localStorage.setItem(languageStorageKey, 'ru');
    expect(makeStore().getState().language.current).toBe('ru');
  });

  it('ignores a remembered value that is not a supported language', () => {
    localStorage.setItem(languageStorageKey, 'de');
    expect(makeStore().getState().language.current).toBe('uz');
  });

  it('remembers a new choice for the next visit', () => {
    makeStore().dispatch(setLanguage('en'));
    expect(localStorage.getItem(languageStorageKey)).toBe('en');
    expect(makeStore().getState().language.current).toBe('en');
  });
});
