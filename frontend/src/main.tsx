import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { makeStore } from './app/store';
import { loadLanguage } from './i18n/languageSlice';
import { loadDictionary } from './i18n/messages';
import './index.css';

// The saved language's texts come first (Uzbek is at hand); should they fail to load, Uzbek stands in.
void loadDictionary(loadLanguage())
  .catch(() => {})
  .then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <Provider store={makeStore({ startSession: true })}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </Provider>
      </StrictMode>,
    );
  });
