import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { toApiError, type ApiError } from '../app/api';
import { languages, type Language } from '../i18n/messages';
import { imageProblem, uploadProductImage, useAdminApi, useLoad, type Product, type ProductStatus, type Texts } from './adminApi';
import { somToTiyin, tiyinToSom } from './money';
import { useAdminI18n } from './i18n/messages';
import { fieldErrors, isVersionConflict } from './problems';
import { FieldError, Loaded, SectionTitle, buttonClass, secondaryClass, smallInputClass } from './ui';
import { useCategories } from './Products';

interface VariantDraft {
  id?: number;
  code: string;
  options: string;
  price: string;
  compareAtPrice: string;
  ikpu: string;
  vatPercent: string;
  packageCode: string;
  stock?: { onHand: number; reserved: number };
}

interface Draft {
  slug: string;
  categoryId: string;
  brand: string;
  status: ProductStatus;
  name: Texts;
  description: Texts;
  images: { key: string; preview: string }[];
  variants: VariantDraft[];
}

const emptyTexts: Texts = { uz: '', ru: '', en: '' };
const emptyVariant: VariantDraft = { code: '', options: '', price: '', compareAtPrice: '', ikpu: '', vatPercent: '12', packageCode: '' };

export function toDraft(product: Product): Draft {
  return {
    slug: product.slug ?? '',
    categoryId: String(product.categoryId ?? ''),
    brand: product.brand ?? '',
    status: product.status,
    name: { ...emptyTexts, ...product.name },
    description: { ...emptyTexts, ...product.description },
    images: product.images.map((key) => ({ key, preview: `/images/${key}` })),
    variants: product.variants.map((v) => ({
      id: v.id,
      code: v.code,
      options: Object.entries(v.options ?? {})
        .map(([k, value]) => `${k}=${value}`)
        .join('\n'),
      price: tiyinToSom(v.price),
      compareAtPrice: tiyinToSom(v.compareAtPrice),
      ikpu: v.ikpu ?? '',
      vatPercent: String(v.vatPercent ?? ''),
      packageCode: v.packageCode ?? '',
      stock: v.stock,
    })),
  };
}

/**
 * An option's value as the API keeps it (a word, a number or true/false): `storage_gb=128` read as 128 is saved back
 * as the number, not the text "128".
 */
export function optionValue(text: string): string | number | boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/**
 * The product the API is sent (whole, with the `version` read), or the fields the browser already knows are wrong
 * (sums that are not so'm), named as the API would name them.
 */
export function toProduct(draft: Draft, base: { id?: number; version?: number }, moneyError: string): Product | Record<string, string> {
  const errors: Record<string, string> = {};
  const variants = draft.variants.map((v, i) => {
    const price = somToTiyin(v.price);
    const compareAt = somToTiyin(v.compareAtPrice);
    if (!price.ok) errors[`variants[${i}].price`] = moneyError;
    if (!compareAt.ok) errors[`variants[${i}].compareAtPrice`] = moneyError;
    const options = Object.fromEntries(
      v.options
        .split('\n')
        .map((line) => line.split('='))
        .filter((parts) => parts.length >= 2 && parts[0]!.trim() !== '')
        .map(([key, ...value]) => [key!.trim(), optionValue(value.join('=').trim())]),
    );
    return {
      ...(v.id !== undefined && { id: v.id }),
      code: v.code.trim(),
      options,
      price: price.ok ? (price.tiyin ?? 0) : 0,
      ...(compareAt.ok && compareAt.tiyin !== undefined && { compareAtPrice: compareAt.tiyin }),
      ikpu: v.ikpu.trim(),
      vatPercent: Number(v.vatPercent),
      ...(v.packageCode.trim() && { packageCode: v.packageCode.trim() }),
    };
  });
  if (Object.keys(errors).length > 0) return errors;
  return {
    ...(base.id !== undefined && { id: base.id }),
    ...(base.version !== undefined && { version: base.version }),
    ...(draft.slug.trim() && { slug: draft.slug.trim() }),
    categoryId: Number(draft.categoryId),
    ...(draft.brand.trim() && { brand: draft.brand.trim() }),
    status: draft.status,
    name: draft.name,
    description: draft.description,
    images: draft.images.map((image) => image.key),
    variants,
  };
}

export function ProductForm() {
  const { id } = useParams();
  const load = useLoad(id ?? 'new', (api, signal) =>
    id
      ? api.get<Product>(`/admin/products/${id}`, { signal }).then((r) => r.data)
      : Promise.resolve<Product>({ categoryId: 0, status: 'draft', name: emptyTexts, description: emptyTexts, images: [], variants: [] }),
  );
  // A save's answer (the product at its new version) starts the editor again: whether it was just saved lives here.
  const [savedKey, setSavedKey] = useState<string>();
  const keyOf = (product: Product) => `${product.id ?? 'new'}-${product.version ?? 0}`;
  const onSaved = (product: Product) => {
    setSavedKey(keyOf(product));
    load.set(product);
  };
  return (
    <Loaded load={load}>
      {(product) => <Editor key={keyOf(product)} product={product} justSaved={savedKey === keyOf(product)} onReload={load.reload} onSaved={onSaved} />}
    </Loaded>
  );
}

function Editor({ product, justSaved, onReload, onSaved }: { product: Product; justSaved: boolean; onReload: () => void; onSaved: (p: Product) => void }) {
  const { t, lang } = useAdminI18n();
  const api = useAdminApi();
  const navigate = useNavigate();
  const categories = useCategories();
  const [draft, setDraft] = useState<Draft>(() => {
    const start = toDraft(product);
    return start.variants.length > 0 ? start : { ...start, variants: [{ ...emptyVariant }] };
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<{ error: ApiError; general?: string }>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(justSaved);
  const [uploading, setUploading] = useState(false);
  const [imageError, setImageError] = useState<string>();
  const previews = useRef<string[]>([]);
  useEffect(() => () => previews.current.forEach((url) => URL.revokeObjectURL(url)), []);

  const conflict = problem && isVersionConflict(problem.error);
  const shown = new Set<string>();
  const err = (field: string) => {
    shown.add(field);
    return errors[field];
  };
  const described = (field: string) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `e-${field}` } : {};
  const change = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((was) => ({ ...was, ...patch }));
  };
  const changeVariant = (index: number, patch: Partial<VariantDraft>) =>
    change({ variants: draft.variants.map((v, i) => (i === index ? { ...v, ...patch } : v)) });

  const onFile = async (file: File | undefined) => {
    setImageError(undefined);
    if (!file) return;
    const wrong = imageProblem(file);
    if (wrong) {
      setImageError(t(wrong === 'type' ? 'product.imageType' : 'product.imageSize'));
      return;
    }
    setUploading(true);
    try {
      const uploaded = await uploadProductImage(api, file);
      const preview = URL.createObjectURL(file);
      previews.current.push(preview);
      change({ images: [...draft.images, { key: uploaded.key, preview }] });
    } catch (error) {
      const problemText = fieldErrors(toApiError(error), t);
      setImageError(Object.values(problemText.byField)[0] ?? t('product.imageFailed'));
    } finally {
      setUploading(false);
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    const body = toProduct(draft, { id: product.id, version: product.version }, t('product.moneyFormat'));
    if (!('variants' in body)) {
      setErrors(body);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const answer = product.id
        ? await api.put<Product>(`/admin/products/${product.id}`, body)
        : await api.post<Product>('/admin/products', body);
      setSaved(true);
      if (product.id) onSaved(answer.data);
      else navigate(`/admin/products/${answer.data.id}`, { replace: true });
    } catch (error) {
      const apiError = toApiError(error);
      const { byField, general } = fieldErrors(apiError, t);
      setErrors(byField);
      setProblem({ error: apiError, general });
    } finally {
      setSaving(false);
    }
  };

  const textInputs = (kind: 'name' | 'description') =>
    languages.map((l: Language) => {
      const field = `${kind}.${l}`;
      const props = {
        id: field,
        'data-testid': `product-${kind}-${l}`,
        className: smallInputClass,
        value: draft[kind][l],
        onChange: (e: { target: { value: string } }) => change({ [kind]: { ...draft[kind], [l]: e.target.value } }),
        ...described(field),
      };
      return (
        <div key={field}>
          <label htmlFor={field} className="text-xs font-medium text-slate-600">
            {t(`lang.${l}`)}
          </label>
          {kind === 'name' ? <input {...props} /> : <textarea rows={3} {...props} />}
          <FieldError id={`e-${field}`} text={err(field)} />
        </div>
      );
    });

  const simple = (field: string, label: string, input: ReactNode) => (
    <div>
      <label htmlFor={field} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      {input}
      <FieldError id={`e-${field}`} text={err(field)} />
    </div>
  );

  const body = (
    <form onSubmit={onSubmit} noValidate className="space-y-6" data-testid="product-form">
      <fieldset className="grid gap-3 md:grid-cols-3">
        <legend className="mb-1 font-semibold text-slate-800">{t('product.names')}</legend>
        {textInputs('name')}
      </fieldset>
      <fieldset className="grid gap-3 md:grid-cols-3">
        <legend className="mb-1 font-semibold text-slate-800">{t('product.descriptions')}</legend>
        {textInputs('description')}
      </fieldset>
      <div className="grid gap-3 md:grid-cols-4">
        {simple(
          'categoryId',
          t('products.category'),
          <select id="categoryId" data-testid="product-category" className={smallInputClass} value={draft.categoryId} onChange={(e) => change({ categoryId: e.target.value })} {...described('categoryId')}>
            <option value="">—</option>
            {categories.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name[lang]}
              </option>
            ))}
          </select>,
        )}
        {simple('brand', t('products.brand'), <input id="brand" data-testid="product-brand" className={smallInputClass} value={draft.brand} onChange={(e) => change({ brand: e.target.value })} {...described('brand')} />)}
        {simple(
          'status',
          t('products.status'),
          <select id="status" data-testid="product-status" className={smallInputClass} value={draft.status} onChange={(e) => change({ status: e.target.value as ProductStatus })} {...described('status')}>
            {(['draft', 'active', 'archived'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>,
        )}
        {simple('slug', t('product.slug'), <input id="slug" data-testid="product-slug" placeholder={t('product.slugHint')} className={smallInputClass} value={draft.slug} onChange={(e) => change({ slug: e.target.value })} {...described('slug')} />)}
      </div>

      <fieldset>
        <legend className="mb-2 font-semibold text-slate-800">{t('product.images')}</legend>
        <ul className="flex flex-wrap gap-3">
          {draft.images.map((image, i) => (
            <li key={image.key} className="relative" data-testid="product-image">
              <img src={image.preview} alt="" className="size-24 rounded-lg border border-slate-200 object-cover" />
              <button type="button" className="mt-1 text-xs text-red-700 underline" onClick={() => change({ images: draft.images.filter((_, j) => j !== i) })}>
                {t('admin.remove')}
              </button>
            </li>
          ))}
        </ul>
        <label className={`${secondaryClass} mt-2 cursor-pointer`}>
          {uploading ? t('product.uploading') : t('product.addImage')}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            className="sr-only"
            data-testid="product-image-input"
            disabled={uploading}
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {imageError && (
          <p role="alert" data-testid="image-error" className="mt-1 text-sm text-red-700">
            {imageError}
          </p>
        )}
        <FieldError id="e-images" text={err('images')} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 font-semibold text-slate-800">{t('product.variants')}</legend>
        <FieldError id="e-variants" text={err('variants')} />
        {draft.variants.map((v, i) => {
          const f = (name: string) => `variants[${i}].${name}`;
          const input = (name: keyof VariantDraft, label: string, extra: Record<string, string> = {}) =>
            simple(
              f(name),
              label,
              <input
                id={f(name)}
                data-testid={`variant-${i}-${name}`}
                className={smallInputClass}
                value={String(v[name] ?? '')}
                onChange={(e) => changeVariant(i, { [name]: e.target.value })}
                {...extra}
                {...described(f(name))}
              />,
            );
          return (
            <div key={i} data-testid={`variant-${i}`} className="rounded-xl border border-slate-200 p-3">
              <div className="mb-2 flex items-center justify-between">
                <h3 className="font-semibold text-slate-700">
                  {t('product.variant', { n: i + 1 })}
                  {v.stock && (
                    <span className="ml-2 text-xs font-normal text-slate-500">
                      {t('stock.onHand')}: {v.stock.onHand} · {t('stock.reserved')}: {v.stock.reserved}
                    </span>
                  )}
                </h3>
                <div className="flex gap-2">
                  {v.id !== undefined && v.code && (
                    <Link to={`/admin/stock?sku=${encodeURIComponent(v.code)}`} className="text-sm text-emerald-800 underline">
                      {t('product.stockLink')}
                    </Link>
                  )}
                  {draft.variants.length > 1 && (
                    <button type="button" className="text-sm text-red-700 underline" onClick={() => change({ variants: draft.variants.filter((_, j) => j !== i) })}>
                      {t('admin.remove')}
                    </button>
                  )}
                </div>
              </div>
              <div className="grid gap-3 md:grid-cols-4">
                {input('code', t('product.code'))}
                {input('price', t('product.price'), { inputMode: 'decimal' })}
                {input('compareAtPrice', t('product.compareAt'), { inputMode: 'decimal' })}
                {input('vatPercent', t('product.vat'), { inputMode: 'numeric' })}
                {input('ikpu', t('product.ikpu'), { inputMode: 'numeric' })}
                {input('packageCode', t('product.packageCode'), { inputMode: 'numeric' })}
                <div className="md:col-span-2">
                  {simple(
                    f('options'),
                    t('product.options'),
                    <textarea id={f('options')} rows={2} data-testid={`variant-${i}-options`} placeholder={t('product.optionsHint')} className={smallInputClass} value={v.options} onChange={(e) => changeVariant(i, { options: e.target.value })} {...described(f('options'))} />,
                  )}
                </div>
              </div>
            </div>
          );
        })}
        <button type="button" className={secondaryClass} data-testid="add-variant" onClick={() => change({ variants: [...draft.variants, { ...emptyVariant }] })}>
          {t('product.addVariant')}
        </button>
      </fieldset>
    </form>
  );

  const unshown = Object.entries(errors).filter(([field]) => !shown.has(field));
  return (
    <section>
      <SectionTitle>{product.id ? t('product.titleEdit') : t('product.titleNew')}</SectionTitle>
      {body}
      <div className="sticky bottom-0 mt-4 space-y-2 border-t border-slate-200 bg-white py-3">
        {conflict ? (
          <div role="alert" data-testid="version-conflict" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            <p>{t('admin.conflict')}</p>
            <button type="button" className={`${secondaryClass} mt-2`} onClick={onReload}>
              {t('admin.reload')}
            </button>
          </div>
        ) : (
          (problem?.general || Object.keys(errors).length > 0) && (
            <div role="alert" data-testid="form-problem" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
              <p>{problem?.general ?? t('admin.fixErrors')}</p>
              {unshown.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {unshown.map(([field, text]) => (
                    <li key={field}>
                      {field}: {text}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )
        )}
        <div className="flex items-center gap-3">
          <button type="button" className={buttonClass} data-testid="product-save" disabled={saving || uploading} onClick={(e) => void onSubmit(e)}>
            {saving ? t('admin.saving') : t('admin.save')}
          </button>
          {saved && (
            <span role="status" data-testid="product-saved" className="text-sm text-emerald-800">
              {t('admin.saved')}
            </span>
          )}
        </div>
      </div>
    </section>
  );
}

