import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout and reports scrollTo as not implemented; pages call it on navigation.
window.scrollTo = () => {};

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = '';
});
