import { useState } from 'react';
import { ProductImage } from '../catalog/ProductImage';
import { useI18n } from '../i18n/useI18n';

/** The main photo and, when there are more, thumbnails that choose it. */
export function Gallery({ name, images }: { name: string; images: string[] }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(0);
  const current = images[shown];

  return (
    <div data-testid="gallery" className="min-w-0 space-y-3">
      <div className="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
        <ProductImage
          key={current}
          imageKey={current}
          alt={images.length > 1 ? t('gallery.photo', { name, n: shown + 1 }) : name}
          eager
        />
      </div>
      {images.length > 1 && (
        <ul aria-label={t('gallery.label')} className="flex gap-2 overflow-x-auto p-1">
          {images.map((image, i) => (
            // Products may share a picture, even list one twice: the position tells thumbnails apart.
            <li key={`${i}:${image}`} className="shrink-0">
              <button
                type="button"
                data-testid="gallery-thumb"
                aria-label={t('gallery.show', { n: i + 1, total: images.length })}
                aria-current={i === shown}
                onClick={() => setShown(i)}
                className={`block size-16 overflow-hidden rounded-lg ring-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700 sm:size-20 ${
                  i === shown ? 'ring-emerald-700' : 'ring-slate-200 hover:ring-slate-400'
                }`}
              >
                <ProductImage imageKey={image} alt="" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
