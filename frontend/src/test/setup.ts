import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { en } from '../i18n/en';
import { registerDictionary } from '../i18n/messages';
import { ru } from '../i18n/ru';

// jsdom has no layout and reports scrollTo as not implemented; pages call it on navigation.
window.scrollTo = () => {};

// jsdom has no CSS.escape; user-event needs it to move through a radio group with the arrow keys.
if (typeof globalThis.CSS?.escape !== 'function') {
  globalThis.CSS = { ...globalThis.CSS, escape: (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`) };
}

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = '';
});

// The app loads Russian and English when first chosen; tests have every language at hand from the start.
registerDictionary('ru', ru);
registerDictionary('en', en);
