import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { defaultLanguage, isLanguage, type Language } from './messages';

export const languageStorageKey = 'ultramarket.language';

// Storage can be unavailable (privacy modes, blocked cookies); the app then simply forgets the choice.
export function loadLanguage(): Language {
  try {
    const saved = localStorage.getItem(languageStorageKey);
    return isLanguage(saved) ? saved : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function saveLanguage(lang: Language): void {
  try {
    localStorage.setItem(languageStorageKey, lang);
  } catch {
    // See loadLanguage.
  }
}

export interface LanguageState {
  current: Language;
}

const languageSlice = createSlice({
  name: 'language',
  initialState: (): LanguageState => ({ current: loadLanguage() }),
  reducers: {
    setLanguage(state, action: PayloadAction<Language>) {
      state.current = action.payload;
    },
  },
});

export const { setLanguage } = languageSlice.actions;
export const languageReducer = languageSlice.reducer;
