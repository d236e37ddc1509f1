import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../app/api';
import { useI18n } from '../i18n/useI18n';
import { useAddAddressMutation, useChangeAddressMutation, type Address, type AddressInput } from './accountApi';
import { FormAlert, SelectField, TextField, primaryButton, secondaryButton } from './Field';
import { PhoneInput } from './PhoneInput';
import { formProblems, generalProblem } from './problems';
import { regionCodes, regionKey } from './regions';

export type AddressField = 'region' | 'district' | 'street' | 'landmark' | 'recipientName' | 'recipientPhone';
export const addressFields: readonly AddressField[] = ['region', 'district', 'street', 'landmark', 'recipientName', 'recipientPhone'];
export type AddressValues = Record<AddressField, string>;

interface AddressFormProps {
  /** The address to change; a new one without. */
  address?: Address;
  /** The recipient's phone a new address starts with (the shopper's own). */
  defaultPhone: string;
  onSaved: (address: Address) => void;
  onCancel: () => void;
}

/** Adds or changes an address; the API judges every field and its reasons are shown under each. */
export function AddressForm({ address, defaultPhone, onSaved, onCancel }: AddressFormProps) {
  const { t } = useI18n();
  const [add, addState] = useAddAddressMutation();
  const [change, changeState] = useChangeAddressMutation();
  const busy = addState.isLoading || changeState.isLoading;
  const [values, setValues] = useState<AddressValues>({
    region: address?.region ?? '',
    district: address?.district ?? '',
    street: address?.street ?? '',
    landmark: address?.landmark ?? '',
    recipientName: address?.recipientName ?? '',
    recipientPhone: address?.recipientPhone ?? defaultPhone,
  });
  const [problems, setProblems] = useState<{ byField: Partial<Record<AddressField, string>>; alert?: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const prefix = address ? `address-${address.id}` : 'address-new';

  // Opening the form puts the shopper in its first field; a refused save, in the first field to fix.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);
  useEffect(() => {
    if (!problems) return;
    (form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }, [problems]);

  const set = (field: AddressField) => (value: string) => setValues((old) => ({ ...old, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setProblems(null);
    // A blank optional field is left out of a new address and cleared (null) on an existing one.
    const optional = (value: string) => (value.trim() ? value.trim() : address ? null : undefined);
    const body: AddressInput = {
      region: values.region,
      district: values.district.trim(),
      street: values.street.trim(),
      landmark: optional(values.landmark),
      recipientName: optional(values.recipientName),
      recipientPhone: values.recipientPhone,
    };
    try {
      const saved = address ? await change({ id: address.id, changes: body }).unwrap() : await add(body).unwrap();
      onSaved(saved);
    } catch (error) {
      const problem = error as ApiError;
      if (problem.kind === 'http' && problem.status === 400) {
        const { byField, other } = formProblems(problem, addressFields, t);
        setProblems({ byField, alert: other.length ? other.join(' ') : Object.keys(byField).length ? undefined : t('form.fix') });
      } else if (problem.kind === 'http' && problem.status === 409) {
        setProblems({ byField: {}, alert: t('addresses.full') });
      } else if (problem.kind === 'http' && problem.status === 404) {
        setProblems({ byField: {}, alert: t('addresses.gone') });
      } else {
        setProblems({ byField: {}, alert: generalProblem(t, problem) });
      }
    }
  }

  return (
    <form
      ref={form}
      noValidate
      onSubmit={submit}
      aria-labelledby={`${prefix}-title`}
      data-testid="address-form"
      className="space-y-4 rounded-2xl border border-emerald-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id={`${prefix}-title`} className="text-lg font-semibold text-slate-900">
        {address ? t('addresses.editTitle') : t('addresses.newTitle')}
      </h2>
      {problems?.alert && <FormAlert>{problems.alert}</FormAlert>}
      <AddressFields prefix={prefix} values={values} onChange={(field, value) => set(field)(value)} errors={problems?.byField} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" data-testid="address-save" className={primaryButton} disabled={busy} aria-busy={busy}>
          {busy ? t('auth.busy') : t('addresses.save')}
        </button>
        <button type="button" className={secondaryButton} onClick={onCancel}>
          {t('addresses.cancel')}
        </button>
      </div>
    </form>
  );
}

interface AddressFieldsProps {
  /** Prefix of the controls' ids: `<prefix>-region`, `<prefix>-street`… */
  prefix: string;
  values: AddressValues;
  onChange: (field: AddressField, value: string) => void;
  errors?: Partial<Record<AddressField, string>>;
}

/** An address's fields (region from the 14, district, street, landmark, recipient), each with its error. */
export function AddressFields({ prefix, values, onChange, errors }: AddressFieldsProps) {
  const { t } = useI18n();
  const input = (field: 'district' | 'street' | 'landmark' | 'recipientName', maxLength: number, hint?: string) => (
    <TextField
      id={`${prefix}-${field}`}
      name={field}
      label={t(`field.${field}`)}
      hint={hint}
      maxLength={maxLength}
      value={values[field]}
      onChange={(event) => onChange(field, event.target.value)}
      error={errors?.[field]}
    />
  );

  return (
    <>
      <SelectField
        id={`${prefix}-region`}
        name="region"
        label={t('field.region')}
        value={values.region}
        onChange={(event) => onChange('region', event.target.value)}
        error={errors?.region}
      >
        <option value="">{t('field.regionChoose')}</option>
        {regionCodes.map((code) => (
          <option key={code} value={code}>
            {t(regionKey(code)!)}
          </option>
        ))}
      </SelectField>
      {input('district', 100, t('field.district.hint'))}
      {input('street', 200)}
      {input('landmark', 200, t('field.landmark.hint'))}
      {input('recipientName', 100)}
      <PhoneInput
        id={`${prefix}-recipientPhone`}
        label={t('field.recipientPhone')}
        value={values.recipientPhone}
        onChange={(value) => onChange('recipientPhone', value)}
        error={errors?.recipientPhone}
      />
    </>
  );
}
