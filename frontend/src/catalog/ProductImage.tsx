import { useState } from 'react';

/** Where the shop serves a product image's object key (S3 behind CloudFront; the local stack does the same). */
export function imageUrl(key: string): string {
  return `/images/${key.split('/').map(encodeURIComponent).join('/')}`;
}

interface ProductImageProps {
  /** Object key from the API; absent when the product has no image. */
  imageKey: string | undefined;
  /** '' when the image only repeats text next to it. */
  alt: string;
  className?: string;
  eager?: boolean;
}

/** A product photo on a white square; a neutral placeholder when there is none or it fails to load. */
export function ProductImage({ imageKey, alt, className = '', eager = false }: ProductImageProps) {
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const frame = `aspect-square w-full overflow-hidden bg-white ${className}`;

  if (!imageKey || failedKey === imageKey) {
    return (
      <div
        data-testid="image-placeholder"
        {...(alt ? { role: 'img', 'aria-label': alt } : { 'aria-hidden': true })}
        className={`${frame} flex items-center justify-center bg-slate-100 text-slate-300`}
      >
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" className="size-1/3 max-w-16">
          <rect x="3" y="4" width="18" height="16" rx="2" />
          <circle cx="9" cy="10" r="2" />
          <path d="m21 16-5-5-9 9" />
        </svg>
      </div>
    );
  }
  return (
    <img
      src={imageUrl(imageKey)}
      alt={alt}
      width={600}
      height={600}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      onError={() => setFailedKey(imageKey)}
      className={`${frame} object-contain`}
    />
  );
}
