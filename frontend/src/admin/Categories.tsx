import { useState } from 'react';
import { toApiError } from '../app/api';
import { useAdminApi, type Category, type Texts } from './adminApi';
import { useAdminI18n } from './i18n/messages';
import { fieldErrors, isVersionConflict } from './problems';
import { useCategories } from './Products';
import { FieldError, Loaded, SectionTitle, buttonClass, secondaryClass, smallInputClass } from './ui';

/** The flat list as a tree: each category after its parent, with its depth. */
export function asTree(items: Category[]): { category: Category; depth: number }[] {
  const children = new Map<number | null, Category[]>();
  for (const c of items) {
    const parent = c.parentId ?? null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: { category: Category; depth: number }[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const c of (children.get(parent) ?? []).sort((a, b) => a.position - b.position)) {
      out.push({ category: c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

interface EditState {
  id?: number;
  version?: number;
  name: Texts;
  parentId: string;
  position: string;
}

export function Categories() {
  const { t, lang } = useAdminI18n();
  const api = useAdminApi();
  const list = useCategories();
  const [edit, setEdit] = useState<EditState>();
  const [errors, setErrors] = useState<{ byField: Record<string, string>; general?: string; conflict?: boolean }>({ byField: {} });

  const save = async (state: EditState) => {
    setErrors({ byField: {} });
    const fields = {
      name: state.name,
      ...(state.position !== '' && { position: Number(state.position) }),
    };
    const parentId = state.parentId ? Number(state.parentId) : undefined;
    try {
      // A new top-level category has no `parentId` (null is refused); a change sends null to move one to the top.
      if (state.id === undefined) await api.post('/admin/categories', { ...fields, ...(parentId !== undefined && { parentId }) });
      else await api.patch(`/admin/categories/${state.id}`, { version: state.version, ...fields, parentId: parentId ?? null });
      setEdit(undefined);
      list.reload();
    } catch (error) {
      const apiError = toApiError(error);
      setErrors({ ...fieldErrors(apiError, t), conflict: isVersionConflict(apiError) });
    }
  };

  const move = (c: Category, delta: number) =>
    void save({ id: c.id, version: c.version, name: c.name, parentId: c.parentId ? String(c.parentId) : '', position: String(Math.max(0, c.position + delta)) });

  return (
    <section>
      <SectionTitle
        actions={
          <button type="button" className={buttonClass} onClick={() => setEdit({ name: { uz: '', ru: '', en: '' }, parentId: '', position: '' })}>
            {t('categories.new')}
          </button>
        }
      >
        {t('section.categories')}
      </SectionTitle>
      {errors.conflict && (
        <div role="alert" className="mb-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t('admin.conflict')}{' '}
          <button type="button" className="underline" onClick={() => { setErrors({ byField: {} }); setEdit(undefined); list.reload(); }}>
            {t('admin.reload')}
          </button>
        </div>
      )}
      {!errors.conflict && errors.general && (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {errors.general}
        </p>
      )}
      {edit && (
        <form
          data-testid="category-form"
          className="mb-4 grid gap-3 rounded-xl border border-slate-200 p-3 md:grid-cols-5"
          onSubmit={(e) => {
            e.preventDefault();
            void save(edit);
          }}
        >
          {(['uz', 'ru', 'en'] as const).map((l) => (
            <label key={l} className="text-xs font-medium text-slate-600">
              {t(`lang.${l}`)}
              <input className={smallInputClass} data-testid={`category-name-${l}`} value={edit.name[l]} onChange={(e) => setEdit({ ...edit, name: { ...edit.name, [l]: e.target.value } })} />
              <FieldError id={`e-name.${l}`} text={errors.byField[`name.${l}`]} />
            </label>
          ))}
          <label className="text-xs font-medium text-slate-600">
            {t('categories.parent')}
            <select className={smallInputClass} data-testid="category-parent" value={edit.parentId} onChange={(e) => setEdit({ ...edit, parentId: e.target.value })}>
              <option value="">{t('categories.root')}</option>
              {list.data?.filter((c) => c.id !== edit.id).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name[lang]}
                </option>
              ))}
            </select>
            <FieldError id="e-parentId" text={errors.byField.parentId} />
          </label>
          <label className="text-xs font-medium text-slate-600">
            {t('categories.position')}
            <input className={smallInputClass} inputMode="numeric" value={edit.position} onChange={(e) => setEdit({ ...edit, position: e.target.value })} />
            <FieldError id="e-position" text={errors.byField.position} />
          </label>
          <div className="flex items-end gap-2 md:col-span-4">
            <button type="submit" className={buttonClass}>
              {t('admin.save')}
            </button>
            <button type="button" className={secondaryClass} onClick={() => setEdit(undefined)}>
              {t('admin.cancel')}
            </button>
          </div>
        </form>
      )}
      <Loaded load={list}>
        {(items) => (
          <ul data-testid="category-tree" className="divide-y divide-slate-100 rounded-xl border border-slate-200">
            {asTree(items).map(({ category: c, depth }) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2 px-3 py-2" style={{ paddingLeft: `${0.75 + depth * 1.5}rem` }}>
                <span className="font-medium text-slate-800">{c.name[lang] || c.name.uz}</span>
                <span className="text-xs text-slate-500">{t('categories.products', { n: c.productCount })}</span>
                <span className="ml-auto flex gap-1">
                  <button type="button" className="rounded px-2 text-sm ring-1 ring-slate-300" aria-label={t('categories.up')} onClick={() => move(c, -1)}>
                    ↑
                  </button>
                  <button type="button" className="rounded px-2 text-sm ring-1 ring-slate-300" aria-label={t('categories.down')} onClick={() => move(c, 1)}>
                    ↓
                  </button>
                  <button
                    type="button"
                    className="rounded px-2 text-sm text-emerald-800 ring-1 ring-slate-300"
                    onClick={() => setEdit({ id: c.id, version: c.version, name: { ...c.name }, parentId: c.parentId ? String(c.parentId) : '', position: String(c.position) })}
                  >
                    {t('admin.edit')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
