import { Link, NavLink } from 'react-router';
import { useI18n } from '../i18n/useI18n';
import { LanguageSwitch } from './LanguageSwitch';

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm font-medium transition-colors ${
    isActive ? 'bg-emerald-50 text-emerald-800' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'
  }`;

export function Header() {
  const { t } = useI18n();

  return (
    <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link to="/" className="text-xl font-extrabold tracking-tight text-emerald-700">
          {t('app.name')}
        </Link>
        <nav
          aria-label={t('nav.label')}
          className="-mx-3 order-last flex w-full gap-1 sm:order-none sm:mx-0 sm:ml-auto sm:w-auto"
        >
          <NavLink to="/" end className={navLinkClass}>
            {t('nav.home')}
          </NavLink>
          <NavLink to="/status" className={navLinkClass}>
            {t('nav.status')}
          </NavLink>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
