import { Link } from 'react-router';
import { useI18n } from '../i18n/useI18n';

export interface Crumb {
  name: string;
  /** Absent for the page itself. */
  to?: string;
}

/** Home › … › the page; the home link comes first on its own. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const { t } = useI18n();
  const crumbs: Crumb[] = [{ name: t('nav.home'), to: '/' }, ...trail];

  return (
    <nav aria-label={t('breadcrumbs.label')} data-testid="breadcrumbs" className="mb-3 text-sm">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-slate-500">
        {crumbs.map((crumb, i) => (
          <li key={`${i}-${crumb.name}`} className="flex min-w-0 items-center gap-1.5">
            {i > 0 && (
              <span aria-hidden="true" className="text-slate-400">
                ›
              </span>
            )}
            {crumb.to ? (
              <Link to={crumb.to} className="break-words hover:text-emerald-800 hover:underline">
                {crumb.name}
              </Link>
            ) : (
              <span aria-current="page" className="break-words text-slate-700">
                {crumb.name}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
