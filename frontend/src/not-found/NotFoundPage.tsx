import { Link } from 'react-router';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));

  return (
    <section data-testid="not-found-page" className="py-10 text-center">
      <p className="text-5xl font-extrabold text-emerald-700">404</p>
      <h1 data-testid="page-title" className="mt-3 text-2xl font-bold text-slate-900">
        {t('notFound.title')}
      </h1>
      <p className="mt-2 text-slate-600">{t('notFound.text')}</p>
      <Link
        to="/"
        className="mt-6 inline-block font-semibold text-emerald-700 underline-offset-4 hover:underline"
      >
        {t('notFound.home')}
      </Link>
    </section>
  );
}
