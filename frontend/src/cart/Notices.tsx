import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { Notice } from './types';

const looks: Record<string, string> = {
  'price-changed': 'bg-amber-50 text-amber-900 ring-amber-200',
  short: 'bg-amber-50 text-amber-900 ring-amber-200',
  'out-of-stock': 'bg-red-50 text-red-800 ring-red-200',
  unavailable: 'bg-red-50 text-red-800 ring-red-200',
};

/** Notices as the API wrote them, coloured by kind: a change to check (amber) or what cannot be bought (red). */
export function NoticeList({ notices }: { notices: Notice[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="space-y-1">
      {notices.map((notice) => (
        <li
          key={notice.code}
          data-testid="notice"
          data-code={notice.code}
          className={`rounded-md px-2 py-1 text-sm ring-1 ${looks[notice.code] ?? 'bg-slate-50 text-slate-700 ring-slate-200'}`}
        >
          {notice.message}
        </li>
      ))}
    </ul>
  );
}

/** What a merge could not carry over into the customer's cart, with a way to put the news away. */
export function MergeNews({ notices, onClose, children }: { notices: Notice[]; onClose: () => void; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div data-testid="merge-news" className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
      <p className="font-semibold">{t('cart.merged')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {notices.map((notice, index) => (
          <li key={index} data-testid="cart-notice" data-code={notice.code}>
            {notice.message}
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        {children}
        <button
          type="button"
          onClick={onClose}
          className="font-semibold text-amber-900 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-amber-700"
        >
          {t('cart.dismiss')}
        </button>
      </div>
    </div>
  );
}
