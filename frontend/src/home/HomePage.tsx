import { Link } from 'react-router';
import { useI18n } from '../i18n/useI18n';

export function HomePage() {
  const { t } = useI18n();

  return (
    <section className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-10">
      <h1 data-testid="page-title" className="text-2xl font-bold text-slate-900 sm:text-3xl">
        {t('home.title')}
      </h1>
      <p className="mt-3 text-lg text-slate-700">{t('home.lead')}</p>
      <p className="mt-2 text-slate-600">{t('home.comingSoon')}</p>
      <Link
        to="/status"
        className="mt-6 inline-flex rounded-lg bg-emerald-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
      >
        {t('home.statusLink')}
      </Link>
    </section>
  );
}
