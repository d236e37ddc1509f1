import { Link } from 'react-router';
import { useI18n } from '../i18n/useI18n';

export function Footer() {
  const { t } = useI18n();

  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-6 text-sm text-slate-500 sm:flex-row sm:justify-between">
        <p>{t('app.tagline')}</p>
        {/* Shoppers rarely need it: it lives down here, not in the header's menu. */}
        <Link to="/status" className="self-start underline-offset-4 hover:text-slate-700 hover:underline focus-visible:outline-2 focus-visible:outline-emerald-700">
          {t('nav.status')}
        </Link>
        <p>{t('footer.rights', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
