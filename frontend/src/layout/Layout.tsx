import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { CartNews } from '../cart/CartNews';
import { useI18n } from '../i18n/useI18n';
import { Footer } from './Footer';
import { Header } from './Header';

export function Layout({ children }: { children: ReactNode }) {
  const { lang } = useI18n();

  // Screen readers, hyphenation and the browser's translate offer all follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // A new page starts at its top (the router keeps the scroll position otherwise).
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [pathname]);

  return (
    <div className="flex min-h-dvh flex-col bg-slate-50 text-slate-800">
      <Header />
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">{children}</main>
      <Footer />
      <CartNews />
    </div>
  );
}
