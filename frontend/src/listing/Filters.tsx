import { useId, useState, type FormEvent } from 'react';
import type { Facets } from '../catalog/types';
import { groupDigits, tiyinToSom } from '../i18n/money';
import { useI18n } from '../i18n/useI18n';
import {
  priceInput,
  somToTiyin,
  withAttribute,
  withBrand,
  withInStock,
  withPrice,
  withoutFilters,
  type Listing,
} from './listingParams';

interface FiltersProps {
  listing: Listing;
  facets: Facets | undefined;
  onChange: (next: Listing) => void;
}

/** The filter panel: in stock, price range, brands and attribute values with the API's counts. */
export function Filters({ listing, facets, onChange }: FiltersProps) {
  const { t } = useI18n();
  const inStockId = useId();

  return (
    <div data-testid="filters" className="space-y-5 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex items-center gap-2">
        <input
          id={inStockId}
          type="checkbox"
          data-testid="filter-in-stock"
          checked={listing.inStock}
          onChange={(event) => onChange(withInStock(listing, event.target.checked))}
          className="size-4 accent-emerald-700"
        />
        <label htmlFor={inStockId} className="text-sm font-medium text-slate-800">
          {t('filter.inStock')}
        </label>
      </div>

      <PriceFilter key={`${listing.minPrice}|${listing.maxPrice}`} listing={listing} facets={facets} onChange={onChange} />

      <FacetGroup
        testId="facet-brand"
        legend={t('filter.brand')}
        options={(facets?.brands ?? []).map((brand) => ({ value: brand.slug, label: brand.name, count: brand.count }))}
        chosen={listing.brands}
        onToggle={(brand, chosen) => onChange(withBrand(listing, brand, chosen))}
      />
      {(facets?.attributes ?? []).map((attribute) => (
        <FacetGroup
          key={attribute.key}
          testId={`facet-attr-${attribute.key}`}
          legend={attribute.name}
          options={attribute.values}
          chosen={listing.attributes[attribute.key] ?? []}
          onToggle={(value, chosen) => onChange(withAttribute(listing, attribute.key, value, chosen))}
        />
      ))}
    </div>
  );
}

function PriceFilter({ listing, facets, onChange }: FiltersProps) {
  const { t } = useI18n();
  const [min, setMin] = useState(listing.minPrice);
  const [max, setMax] = useState(listing.maxPrice);
  const minId = useId();
  const maxId = useId();
  const range = facets?.price;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    onChange(withPrice(listing, priceInput(min), priceInput(max)));
  };

  const input =
    'w-full min-w-0 rounded-lg border border-slate-300 px-2.5 py-1.5 text-sm tabular-nums focus:border-emerald-700 focus:outline-2 focus:outline-emerald-700';
  return (
    <form onSubmit={apply} data-testid="filter-price">
      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-slate-900">
          {t('filter.price', { currency: t('money.currency') })}
        </legend>
        <div className="flex items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor={minId} className="mb-1 block text-xs text-slate-600">
              {t('filter.priceMin')}
            </label>
            <input
              id={minId}
              name="minPrice"
              inputMode="numeric"
              autoComplete="off"
              value={min}
              placeholder={range ? groupDigits(tiyinToSom(range.min, 'down')) : ''}
              onChange={(event) => setMin(event.target.value)}
              className={input}
            />
          </div>
          <div className="min-w-0 flex-1">
            <label htmlFor={maxId} className="mb-1 block text-xs text-slate-600">
              {t('filter.priceMax')}
            </label>
            <input
              id={maxId}
              name="maxPrice"
              inputMode="numeric"
              autoComplete="off"
              value={max}
              placeholder={range ? groupDigits(tiyinToSom(range.max, 'up')) : ''}
              onChange={(event) => setMax(event.target.value)}
              className={input}
            />
          </div>
        </div>
        <button
          type="submit"
          className="mt-2 w-full rounded-lg bg-slate-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700"
        >
          {t('filter.apply')}
        </button>
      </fieldset>
    </form>
  );
}

interface FacetOption {
  value: string;
  label: string;
  count: number;
}

const SHOWN = 6;

function FacetGroup(props: {
  testId: string;
  legend: string;
  options: FacetOption[];
  chosen: string[];
  onToggle: (value: string, chosen: boolean) => void;
}) {
  const { legend, options, chosen, onToggle, testId } = props;
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const baseId = useId();

  // A chosen value stays on show (and can be unticked) even when the facets no longer count it.
  const all: (FacetOption | { value: string; label: string; count?: undefined })[] = [
    ...options,
    ...chosen.filter((value) => !options.some((o) => o.value === value)).map((value) => ({ value, label: value })),
  ];
  if (all.length === 0) return null;
  const shown = expanded ? all : all.filter((option, i) => i < SHOWN || chosen.includes(option.value));

  return (
    <fieldset data-testid={testId}>
      <legend className="mb-2 text-sm font-semibold text-slate-900">{legend}</legend>
      <ul className="space-y-1.5">
        {shown.map((option, i) => {
          const id = `${baseId}-${i}`;
          return (
            <li key={option.value} className="flex items-center gap-2">
              <input
                id={id}
                type="checkbox"
                value={option.value}
                checked={chosen.includes(option.value)}
                onChange={(event) => onToggle(option.value, event.target.checked)}
                className="size-4 shrink-0 accent-emerald-700"
              />
              <label htmlFor={id} className="flex min-w-0 flex-1 justify-between gap-2 text-sm text-slate-700">
                <span className="break-words">{option.label}</span>{' '}
                {option.count !== undefined && (
                  <span className="text-slate-400 tabular-nums">{groupDigits(option.count)}</span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      {all.length > SHOWN && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          className="mt-1.5 text-sm font-medium text-emerald-700 hover:underline"
        >
          {expanded ? t('filter.showLess') : t('filter.showAll', { count: all.length })}
        </button>
      )}
    </fieldset>
  );
}

/** The chosen filters as removable chips, with "clear filters". */
export function ActiveFilters({ listing, facets, onChange }: FiltersProps) {
  const { t, money } = useI18n();
  const chips: { key: string; label: string; next: Listing }[] = [];

  for (const brand of listing.brands) {
    const name = facets?.brands.find((b) => b.slug === brand)?.name ?? brand;
    chips.push({ key: `brand:${brand}`, label: name, next: withBrand(listing, brand, false) });
  }
  for (const [key, values] of Object.entries(listing.attributes)) {
    const attribute = facets?.attributes.find((a) => a.key === key);
    for (const value of values) {
      const label = attribute?.values.find((v) => v.value === value)?.label ?? value;
      chips.push({
        key: `attr:${key}:${value}`,
        label: `${attribute?.name ?? key}: ${label}`,
        next: withAttribute(listing, key, value, false),
      });
    }
  }
  // Up to 13 digits of so'm stay a safe integer in tiyin; anything else is shown as typed (the API will refuse it).
  const priceLabel = (som: string) => (/^\d{1,13}$/.test(som) ? money(Number(somToTiyin(som))) : som);
  if (listing.minPrice) {
    chips.push({
      key: 'minPrice',
      label: t('filter.priceFromValue', { price: priceLabel(listing.minPrice) }),
      next: withPrice(listing, '', listing.maxPrice),
    });
  }
  if (listing.maxPrice) {
    chips.push({
      key: 'maxPrice',
      label: t('filter.priceToValue', { price: priceLabel(listing.maxPrice) }),
      next: withPrice(listing, listing.minPrice, ''),
    });
  }
  if (listing.inStock) chips.push({ key: 'inStock', label: t('filter.inStock'), next: withInStock(listing, false) });

  if (chips.length === 0) return null;
  return (
    <div data-testid="active-filters" className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">{t('filter.active')}</h2>
      {chips.map((chip) => (
        <button
          key={chip.key}
          type="button"
          aria-label={t('filter.remove', { name: chip.label })}
          onClick={() => onChange(chip.next)}
          className="inline-flex max-w-full items-center gap-1.5 rounded-full bg-emerald-50 px-3 py-1 text-sm text-emerald-900 ring-1 ring-emerald-200 hover:bg-emerald-100 focus-visible:outline-2 focus-visible:outline-emerald-700"
        >
          <span className="truncate">{chip.label}</span>
          <span aria-hidden="true">×</span>
        </button>
      ))}
      <button
        type="button"
        onClick={() => onChange(withoutFilters(listing))}
        className="text-sm font-medium text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline"
      >
        {t('filter.clearAll')}
      </button>
    </div>
  );
}
