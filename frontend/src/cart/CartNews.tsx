import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { linkButton } from '../account/Field';
import { useAppDispatch, useAppSelector } from '../app/hooks';
import { useI18n } from '../i18n/useI18n';
import { mergeNoticesSeen } from './cartNewsSlice';
import { MergeNews } from './Notices';

/**
 * What a merge could not carry over, shown once: on the cart page by the page itself, elsewhere as this toast. Leaving
 * the cart page, or closing either, puts the news away.
 */
export function CartNews() {
  const { t } = useI18n();
  const dispatch = useAppDispatch();
  const notices = useAppSelector((state) => state.cartNews.mergeNotices);
  const { pathname } = useLocation();
  const wasOnCart = useRef(false);

  useEffect(() => {
    if (wasOnCart.current && pathname !== '/cart') dispatch(mergeNoticesSeen());
    wasOnCart.current = pathname === '/cart';
  }, [pathname, dispatch]);

  return (
    // The live region is there before the news, so screen readers announce it when it comes.
    <div aria-live="polite" className="fixed inset-x-4 bottom-4 z-30 mx-auto max-w-md">
      {notices.length > 0 && pathname !== '/cart' && (
        <div className="rounded-xl shadow-lg">
          <MergeNews notices={notices} onClose={() => dispatch(mergeNoticesSeen())}>
            <Link to="/cart" className={linkButton}>
              {t('cart.open')}
            </Link>
          </MergeNews>
        </div>
      )}
    </div>
  );
}
