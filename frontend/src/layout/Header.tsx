import { Link, NavLink } from 'react-router';
import { CartLink } from '../cart/CartLink';
import { useI18n } from '../i18n/useI18n';
import { SearchBox } from '../search/SearchBox';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors ${
    isActive ? 'bg-emerald-50 text-emerald-800' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'
  }`;

// Phone: logo, language, account and cart (a tighter row, so they fit 360 px), then the search box, then the menu.
// Tablet: the menu moves up beside the logo. Desktop: one row with the search box in the middle. It stays on screen
// from tablets up; on a phone its three rows would take a fifth of the screen, so there it scrolls away.
export function Header() {
  const { t } = useI18n();

  return (
    <header className="z-10 border-b border-slate-200 bg-white/95 backdrop-blur sm:sticky sm:top-0">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:gap-x-4">
        <Link to="/" className="order-1 text-lg font-extrabold tracking-tight text-emerald-700 sm:text-xl">
          {t('app.name')}
        </Link>
        <nav
          aria-label={t('nav.label')}
          className="order-4 -mx-3 flex w-full gap-1 sm:order-2 sm:mx-0 sm:w-auto lg:order-3"
        >
          <NavLink to="/" end className={navLinkClass}>
            {t('nav.home')}
          </NavLink>
        </nav>
        <div className="order-2 ml-auto flex items-center gap-1 sm:order-3 lg:order-4 lg:ml-0">
          <LanguageSwitch />
          <AccountMenu />
          <CartLink />
        </div>
        <div className="order-3 w-full sm:order-4 lg:order-2 lg:w-auto lg:flex-1">
          <SearchBox />
        </div>
      </div>
    </header>
  );
}
