import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../app/api';
import type { User } from '../auth/types';
import { useAppSelector } from '../app/hooks';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useMeQuery, useUpdateMeMutation } from './accountApi';
import { FormAlert, FormNotice, TextField, primaryButton } from './Field';
import { formatPhone } from './phone';
import { formProblems, generalProblem } from './problems';
import { AccountSection, RequireSignIn } from './RequireSignIn';

export function ProfilePage() {
  const { t } = useI18n();
  useDocumentTitle(t('profile.title'));
  return (
    <RequireSignIn>
      <AccountSection title={t('profile.title')}>
        <Profile />
      </AccountSection>
    </RequireSignIn>
  );
}

type ProfileField = 'name' | 'password' | 'currentPassword';
const profileFields: readonly ProfileField[] = ['name', 'password', 'currentPassword'];

interface Outcome {
  byField: Partial<Record<ProfileField, string>>;
  alert?: string;
  notice?: string;
}

const card = 'rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6';

function Profile() {
  // The session's user is on screen at once; GET /api/me brings it up to date (and into the session).
  useMeQuery();
  const user = useAppSelector((state) => state.auth.user);
  return user ? <ProfileForms user={user} /> : null;
}

function ProfileForms({ user }: { user: User }) {
  const { t } = useI18n();
  const [updateMe, updateState] = useUpdateMeMutation();

  const [name, setName] = useState(user.name);
  const [nameOutcome, setNameOutcome] = useState<Outcome | null>(null);
  const [password, setPassword] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const [passwordOutcome, setPasswordOutcome] = useState<Outcome | null>(null);
  const nameForm = useRef<HTMLFormElement>(null);
  const passwordForm = useRef<HTMLFormElement>(null);

  useEffect(() => setName(user.name), [user.name]);
  useEffect(() => nameForm.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [nameOutcome]);
  useEffect(() => passwordForm.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [passwordOutcome]);

  const failed = (error: ApiError): Outcome => {
    const { byField, other } = formProblems(error, profileFields, t);
    if (error.kind === 'http' && error.status === 400) {
      return { byField, alert: other.length ? other.join(' ') : Object.keys(byField).length ? undefined : t('form.fix') };
    }
    return { byField: {}, alert: generalProblem(t, error) };
  };

  async function saveName(event: FormEvent) {
    event.preventDefault();
    setNameOutcome(null);
    try {
      await updateMe({ name: name.trim() }).unwrap();
      setNameOutcome({ byField: {}, notice: t('profile.saved') });
    } catch (error) {
      setNameOutcome(failed(error as ApiError));
    }
  }

  async function savePassword(event: FormEvent) {
    event.preventDefault();
    setPasswordOutcome(null);
    try {
      await updateMe({ password, ...(user.hasPassword && { currentPassword }) }).unwrap();
      setPassword('');
      setCurrentPassword('');
      setPasswordOutcome({ byField: {}, notice: t('profile.passwordSaved') });
    } catch (error) {
      setPasswordOutcome(failed(error as ApiError));
    }
  }

  return (
    <>
      <form ref={nameForm} noValidate onSubmit={saveName} className={`${card} space-y-4`} data-testid="profile-form">
        <h2 className="text-lg font-semibold text-slate-900">{t('profile.details')}</h2>
        {nameOutcome?.alert && <FormAlert>{nameOutcome.alert}</FormAlert>}
        <div>
          <p className="text-sm font-medium text-slate-700">{t('field.phone')}</p>
          <p data-testid="profile-phone" className="mt-1 text-base text-slate-900">
            {formatPhone(user.phone)}
          </p>
          <p className="mt-1 text-xs text-slate-500">{t('profile.phoneNote')}</p>
        </div>
        <TextField
          id="name"
          name="name"
          autoComplete="name"
          label={t('field.name')}
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={nameOutcome?.byField.name}
        />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={primaryButton} disabled={updateState.isLoading}>
            {t('profile.save')}
          </button>
          {nameOutcome?.notice && <FormNotice>{nameOutcome.notice}</FormNotice>}
        </div>
      </form>

      <form ref={passwordForm} noValidate onSubmit={savePassword} className={`${card} space-y-4`} data-testid="password-form">
        <h2 className="text-lg font-semibold text-slate-900">{t('profile.password')}</h2>
        <p className="text-sm text-slate-600">{user.hasPassword ? t('profile.passwordSet') : t('profile.passwordNone')}</p>
        {passwordOutcome?.alert && <FormAlert>{passwordOutcome.alert}</FormAlert>}
        {user.hasPassword && (
          <TextField
            id="currentPassword"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            label={t('field.currentPassword')}
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
            error={passwordOutcome?.byField.currentPassword}
          />
        )}
        <TextField
          id="newPassword"
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('field.newPassword')}
          hint={t('field.password.hint')}
          maxLength={128}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={passwordOutcome?.byField.password}
        />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={primaryButton} disabled={updateState.isLoading}>
            {user.hasPassword ? t('profile.changePassword') : t('profile.setPassword')}
          </button>
          {passwordOutcome?.notice && <FormNotice>{passwordOutcome.notice}</FormNotice>}
        </div>
      </form>
    </>
  );
}
