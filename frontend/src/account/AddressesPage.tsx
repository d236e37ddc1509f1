import { useEffect, useState } from 'react';
import type { ApiError } from '../app/api';
import { useAppSelector } from '../app/hooks';
import { LoadError } from '../catalog/LoadError';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useAddressesQuery, useDeleteAddressMutation, type Address } from './accountApi';
import { AddressForm } from './AddressForm';
import { ConfirmGroup, FormNotice, primaryButton, secondaryButton } from './Field';
import { formatPhone } from './phone';
import { generalProblem } from './problems';
import { regionKey } from './regions';
import { AccountSection, RequireSignIn } from './RequireSignIn';

export function AddressesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('addresses.title'));
  return (
    <RequireSignIn>
      <AccountSection title={t('addresses.title')}>
        <AddressBook />
      </AccountSection>
    </RequireSignIn>
  );
}

/** Which control gets the focus once the form or the confirmation it replaced is gone. */
type FocusTarget = { kind: 'add' } | { kind: 'edit'; id: string } | null;

function AddressBook() {
  const { t } = useI18n();
  const phone = useAppSelector((state) => state.auth.user?.phone ?? '');
  const addresses = useAddressesQuery();
  const [deleteAddress, deleteState] = useDeleteAddressMutation();
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusTarget>(null);

  useEffect(() => {
    if (!focus) return;
    const selector = focus.kind === 'add' ? '[data-testid="address-add"]' : `[data-testid="address-edit-${focus.id}"]`;
    document.querySelector<HTMLElement>(selector)?.focus();
    setFocus(null);
  }, [focus, addresses.data]);

  function close(target: FocusTarget, message: string | null) {
    setEditing(null);
    setConfirming(null);
    setNotice(message);
    setFocus(target);
  }

  async function remove(address: Address) {
    setDeleteError(null);
    try {
      await deleteAddress(address.id).unwrap();
      close({ kind: 'add' }, t('addresses.deleted'));
    } catch (error) {
      const problem = error as ApiError;
      if (problem.kind === 'http' && problem.status === 404) close({ kind: 'add' }, t('addresses.gone'));
      else setDeleteError(generalProblem(t, problem));
    }
  }

  if (addresses.isLoading) {
    return (
      <p role="status" className="text-slate-500">
        {t('addresses.loading')}
      </p>
    );
  }
  if (addresses.isError && !addresses.data) return <LoadError error={addresses.error} onRetry={() => void addresses.refetch()} />;
  const items = addresses.data ?? [];

  return (
    <>
      {notice && <FormNotice>{notice}</FormNotice>}
      {editing === 'new' ? (
        <AddressForm
          defaultPhone={phone}
          onSaved={() => close({ kind: 'add' }, t('addresses.saved'))}
          onCancel={() => close({ kind: 'add' }, null)}
        />
      ) : (
        <button
          type="button"
          data-testid="address-add"
          className={primaryButton}
          onClick={() => {
            setNotice(null);
            setConfirming(null);
            setEditing('new');
          }}
        >
          {t('addresses.add')}
        </button>
      )}
      {items.length === 0 && editing !== 'new' && (
        <p data-testid="addresses-empty" className="text-slate-600">
          {t('addresses.empty')}
        </p>
      )}
      <ul className="space-y-4" data-testid="address-list">
        {items.map((address) =>
          editing === address.id ? (
            <li key={address.id}>
              <AddressForm
                address={address}
                defaultPhone={phone}
                onSaved={() => close({ kind: 'edit', id: address.id }, t('addresses.saved'))}
                onCancel={() => close({ kind: 'edit', id: address.id }, null)}
              />
            </li>
          ) : (
            <li
              key={address.id}
              data-testid="address-card"
              className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
            >
              <AddressText address={address} />
              {confirming === address.id ? (
                <ConfirmGroup
                  question={t('addresses.confirmDelete')}
                  problem={deleteError}
                  busy={deleteState.isLoading}
                  yes={t('addresses.confirmYes')}
                  cancel={t('addresses.cancel')}
                  onConfirm={() => void remove(address)}
                  onCancel={() => close({ kind: 'edit', id: address.id }, null)}
                  confirmTestId="address-delete-confirm"
                  className="mt-4"
                />
              ) : (
                <div className="mt-4 flex flex-wrap gap-3">
                  <button
                    type="button"
                    data-testid={`address-edit-${address.id}`}
                    aria-label={t('addresses.editLabel', { street: address.street })}
                    className={secondaryButton}
                    onClick={() => {
                      setNotice(null);
                      setConfirming(null);
                      setEditing(address.id);
                    }}
                  >
                    {t('addresses.edit')}
                  </button>
                  <button
                    type="button"
                    data-testid={`address-delete-${address.id}`}
                    aria-label={t('addresses.deleteLabel', { street: address.street })}
                    className={`${secondaryButton} text-red-700`}
                    onClick={() => {
                      setNotice(null);
                      setDeleteError(null);
                      setEditing(null);
                      setConfirming(address.id);
                    }}
                  >
                    {t('addresses.delete')}
                  </button>
                </div>
              )}
            </li>
          ),
        )}
      </ul>
    </>
  );
}

/** An address as the address book and orders show it; the fields every address has (optional ones may be null). */
export interface PostalAddress {
  region: string;
  district: string;
  street: string;
  landmark?: string | null;
  recipientName?: string | null;
  recipientPhone: string;
}

export function AddressText({ address }: { address: PostalAddress }) {
  const { t } = useI18n();
  const region = regionKey(address.region);
  return (
    <address className="space-y-1 text-slate-700 not-italic">
      <p className="font-semibold text-slate-900">
        {region ? t(region) : address.region}, {address.district}
      </p>
      <p className="break-words">{address.street}</p>
      {address.landmark && <p className="text-sm break-words">{t('addresses.landmark', { landmark: address.landmark })}</p>}
      <p className="text-sm">
        {address.recipientName ? `${t('addresses.recipient', { name: address.recipientName })}, ` : ''}
        {formatPhone(address.recipientPhone)}
      </p>
    </address>
  );
}
