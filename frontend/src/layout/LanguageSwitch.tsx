import { useAppDispatch } from '../app/hooks';
import { setLanguage } from '../i18n/languageSlice';
import { hasDictionary, languageNames, languages, loadDictionary, type Language } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';

export function LanguageSwitch() {
  const { lang, t } = useI18n();
  const dispatch = useAppDispatch();

  // A language not loaded yet is switched to once its texts arrive (a failed fetch leaves the current one).
  const choose = (code: Language) => {
    if (hasDictionary(code)) dispatch(setLanguage(code));
    else loadDictionary(code).then(() => dispatch(setLanguage(code)), () => {});
  };

  return (
    <div
      role="group"
      aria-label={t('language.label')}
      data-testid="language-switch"
      className="inline-flex rounded-lg bg-slate-100 p-0.5 ring-1 ring-slate-200"
    >
      {languages.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          data-testid={`lang-${code}`}
          aria-pressed={code === lang}
          aria-label={languageNames[code]}
          title={languageNames[code]}
          onClick={() => choose(code)}
          className={`min-w-9 rounded-md px-2 py-1.5 text-xs font-semibold uppercase transition-colors focus-visible:outline-2 focus-visible:outline-emerald-700 sm:min-w-10 sm:px-2.5 ${
            code === lang ? 'bg-white text-emerald-800 shadow-sm' : 'text-slate-600 hover:text-slate-900'
          }`}
        >
          {code}
        </button>
      ))}
    </div>
  );
}
