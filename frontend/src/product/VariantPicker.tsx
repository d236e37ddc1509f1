import { useId } from 'react';
import type { Variant } from '../catalog/types';
import { useI18n } from '../i18n/useI18n';
import { chooseOption, optionGroups, optionState, optionValue, type OptionState } from './variants';

const looks: Record<OptionState, string> = {
  selected: 'bg-emerald-50 text-emerald-900 ring-2 ring-emerald-700',
  available: 'bg-white text-slate-800 ring-1 ring-slate-300 hover:ring-slate-500',
  out_of_stock: 'bg-white text-slate-400 line-through ring-1 ring-slate-200 hover:ring-slate-400',
  unavailable: 'border border-dashed border-slate-400 bg-slate-50 text-slate-500 hover:border-slate-600',
};

/**
 * One radio group per option (colour, memory, size). Values that the other current choices are not sold with are
 * marked; choosing one moves to the nearest variant that has it.
 */
export function VariantPicker(props: { variants: Variant[]; current: Variant; onChoose: (variant: Variant) => void }) {
  const { variants, current, onChoose } = props;
  const { t } = useI18n();
  const baseId = useId();

  return (
    <div data-testid="variant-picker" className="space-y-4">
      {optionGroups(variants).map((group) => {
        const chosen = optionValue(current, group.key);
        const chosenLabel = group.values.find((v) => v.value === chosen)?.label;
        return (
          <fieldset key={group.key} data-testid={`option-${group.key}`}>
            <legend className="mb-2 text-sm text-slate-600">
              {group.name}
              {chosenLabel && <span className="font-semibold text-slate-900">: {chosenLabel}</span>}
            </legend>
            <div className="flex flex-wrap gap-2">
              {group.values.map((option) => {
                const state = optionState(variants, current, group.key, option.value);
                const id = `${baseId}-${group.key}-${option.value}`;
                return (
                  <div key={option.value}>
                    <input
                      id={id}
                      type="radio"
                      name={`${baseId}-${group.key}`}
                      value={option.value}
                      checked={state === 'selected'}
                      onChange={() => onChoose(chooseOption(variants, current, group.key, option.value))}
                      className="peer sr-only"
                    />
                    <label
                      htmlFor={id}
                      data-testid="option-value"
                      data-value={option.value}
                      data-state={state}
                      className={`inline-flex min-h-10 cursor-pointer items-center rounded-lg px-3 py-1.5 text-sm font-medium peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-emerald-700 ${looks[state]}`}
                    >
                      {option.label}
                      {state === 'out_of_stock' && <span className="sr-only"> ({t('variant.outOfStock')})</span>}
                      {state === 'unavailable' && <span className="sr-only"> ({t('variant.unavailable')})</span>}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
