import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import type { ApiError } from '../app/api';
import { useAppSelector } from '../app/hooks';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useLoginMutation, useRegisterMutation } from './accountApi';
import { CodeStep } from './CodeStep';
import { FormAlert, TextField, linkButton, primaryButton } from './Field';
import { PhoneInput } from './PhoneInput';
import { formProblems, generalProblem, waitText, type Translate } from './problems';
import { useOtp } from './useOtp';

/** Where to go after signing in: a path of this shop (never another site), the account by default. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/account';
}

type AuthField = 'phone' | 'code' | 'name' | 'password';
const authFields: readonly AuthField[] = ['phone', 'code', 'name', 'password'];

interface Problems {
  byField: Partial<Record<AuthField, string>>;
  alert?: ReactNode;
}

/** What a failed request of the sign-in and sign-up forms shows; `tooMany` says what a 429 means there. */
function problemsOf(t: Translate, error: ApiError, tooMany: (retryAfter: number) => string, special?: ReactNode): Problems {
  if (special) return { byField: {}, alert: special };
  if (error.kind === 'http' && error.status === 400) {
    const { byField, other } = formProblems(error, authFields, t);
    const alert = other.length > 0 ? other.join(' ') : Object.keys(byField).length === 0 ? t('form.fix') : undefined;
    return { byField, alert };
  }
  if (error.kind === 'http' && error.status === 429) return { byField: {}, alert: tooMany(error.retryAfter ?? 60) };
  if (error.kind === 'http' && error.status === 503) return { byField: {}, alert: t('auth.error.smsDown') };
  return { byField: {}, alert: generalProblem(t, error) };
}

/** After a failed submit, the first field to fix gets the focus (its error is read with it). */
function useFocusFirstError(problems: Problems | null) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!problems) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current?.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [problems]);
  return form;
}

/** The phone field of a code sign-in or sign-up: editable until a code is sent to it, then fixed, with a way back. */
function OtpPhoneField(props: {
  phone: string;
  sentTo: string | null;
  onPhoneChange: (phone: string) => void;
  onChangePhone: () => void;
  error?: string;
  autoFocus: boolean;
}) {
  const { t } = useI18n();
  const locked = props.sentTo !== null;
  return (
    <>
      <PhoneInput
        id="phone"
        label={t('field.phone')}
        hint={locked ? undefined : t('field.phone.hint')}
        value={props.sentTo ?? props.phone}
        onChange={props.onPhoneChange}
        readOnly={locked}
        error={props.error}
        autoFocus={props.autoFocus}
      />
      {locked && (
        <button type="button" className={`${linkButton} text-sm`} onClick={props.onChangePhone}>
          {t('auth.changePhone')}
        </button>
      )}
    </>
  );
}

function AuthCard({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <section data-testid="auth-page" className="mx-auto max-w-md">
      <h1 data-testid="page-title" className="text-2xl font-bold text-slate-900">
        {title}
      </h1>
      <p className="mt-2 text-slate-600">{lead}</p>
      <div className="mt-6 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">{children}</div>
    </section>
  );
}

interface CarriedState {
  phone?: string;
}

export function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.signIn.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const carried = (useLocation().state as CarriedState | null) ?? {};
  const status = useAppSelector((state) => state.auth.status);

  const [phone, setPhone] = useState(carried.phone ?? '');
  const [method, setMethod] = useState<'code' | 'password'>('code');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [problems, setProblems] = useState<Problems | null>(null);
  const otp = useOtp('login');
  const [login, loginState] = useLoginMutation();
  const form = useFocusFirstError(problems);

  if (status === 'signedIn') return <Navigate to={next} replace />;

  const busy = otp.sending || loginState.isLoading;
  const codeStep = method === 'code' && otp.sent !== null;
  const signUpLink = (
    <Link to={`/signup?next=${encodeURIComponent(next)}`} state={{ phone: otp.sent?.phone ?? phone }} className={linkButton}>
      {t('auth.error.signUpInstead')}
    </Link>
  );

  async function sendCode() {
    setProblems(null);
    const error = await otp.send(phone);
    if (error) setProblems(problemsOf(t, error, (s) => t('auth.error.tooManyCodes', { time: waitText(t, s) })));
    else setCode('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (method === 'code' && !otp.sent) return sendCode();
    if (method === 'code' && code.length !== 6) {
      return setProblems({ byField: { code: t('form.code.format') } });
    }
    setProblems(null);
    const body = method === 'code' ? { phone: otp.sent!.phone, code } : { phone, password };
    try {
      await login(body).unwrap();
    } catch (error) {
      const problem = error as ApiError;
      const unauthorized = problem.kind === 'http' && problem.status === 401;
      const special = unauthorized ? (
        method === 'code' ? (
          <>
            {t('auth.error.noAccount')} {signUpLink}
          </>
        ) : (
          t('auth.error.wrongPassword')
        )
      ) : undefined;
      setProblems(
        problemsOf(
          t,
          problem,
          (s) => (method === 'code' ? t('auth.error.codeLocked') : t('auth.error.tooManyTries', { time: waitText(t, s) })),
          special,
        ),
      );
    }
  }

  return (
    <AuthCard title={t('auth.signIn.title')} lead={t('auth.signIn.lead')}>
      <form ref={form} noValidate onSubmit={submit} className="space-y-4" data-testid="signin-form">
        {problems?.alert && <FormAlert>{problems.alert}</FormAlert>}
        <fieldset className="flex gap-1 rounded-lg bg-slate-100 p-1" disabled={codeStep}>
          <legend className="sr-only">{t('auth.method')}</legend>
          {(['code', 'password'] as const).map((choice) => (
            <label
              key={choice}
              className={`flex-1 cursor-pointer rounded-md px-3 py-2 text-center text-sm font-semibold has-focus-visible:outline-2 has-focus-visible:outline-emerald-700 ${
                method === choice ? 'bg-white text-emerald-800 shadow-sm' : 'text-slate-600'
              }`}
            >
              <input
                type="radio"
                name="method"
                value={choice}
                checked={method === choice}
                onChange={() => {
                  setMethod(choice);
                  setProblems(null);
                }}
                className="sr-only"
              />
              {t(choice === 'code' ? 'auth.method.code' : 'auth.method.password')}
            </label>
          ))}
        </fieldset>
        <OtpPhoneField
          phone={phone}
          sentTo={codeStep ? otp.sent!.phone : null}
          onPhoneChange={setPhone}
          error={problems?.byField.phone}
          autoFocus={!carried.phone}
          onChangePhone={() => {
            otp.reset();
            setCode('');
            setProblems(null);
          }}
        />
        {method === 'password' && (
          <TextField
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            label={t('field.password')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={problems?.byField.password}
          />
        )}
        {codeStep && (
          <CodeStep
            sent={otp.sent!}
            code={code}
            onCode={setCode}
            error={problems?.byField.code}
            resendIn={otp.resendIn}
            sending={otp.sending}
            onResend={() => void sendCode()}
          />
        )}
        <button type="submit" data-testid="submit" className={`${primaryButton} w-full`} disabled={busy} aria-busy={busy}>
          {busy ? t('auth.busy') : method === 'code' && !otp.sent ? t('auth.sendCode') : t('auth.submitSignIn')}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-600">
        {t('auth.noAccount')}{' '}
        <Link to={`/signup?next=${encodeURIComponent(next)}`} state={{ phone }} className={linkButton} data-testid="to-signup">
          {t('auth.toSignUp')}
        </Link>
      </p>
    </AuthCard>
  );
}

export function SignUpPage() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.signUp.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const carried = (useLocation().state as CarriedState | null) ?? {};
  const status = useAppSelector((state) => state.auth.status);

  const [phone, setPhone] = useState(carried.phone ?? '');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [problems, setProblems] = useState<Problems | null>(null);
  const otp = useOtp('register');
  const [register, registerState] = useRegisterMutation();
  const form = useFocusFirstError(problems);

  if (status === 'signedIn') return <Navigate to={next} replace />;

  const busy = otp.sending || registerState.isLoading;

  /** Checked before a code is spent on them: the API would refuse them only after the code. */
  function ownChecks(): Problems['byField'] {
    const byField: Problems['byField'] = {};
    if (!name.trim()) byField.name = t('form.required');
    if (password && password.length < 8) byField.password = t('form.minLength', { n: 8 });
    return byField;
  }

  async function sendCode() {
    setProblems(null);
    const error = await otp.send(phone);
    if (error) setProblems(problemsOf(t, error, (s) => t('auth.error.tooManyCodes', { time: waitText(t, s) })));
    else setCode('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const own = ownChecks();
    if (Object.keys(own).length > 0) return setProblems({ byField: own });
    if (!otp.sent) return sendCode();
    if (code.length !== 6) return setProblems({ byField: { code: t('form.code.format') } });
    setProblems(null);
    try {
      await register({ phone: otp.sent.phone, code, name: name.trim(), ...(password && { password }) }).unwrap();
    } catch (error) {
      const problem = error as ApiError;
      const exists = problem.kind === 'http' && problem.status === 409;
      setProblems(
        problemsOf(
          t,
          problem,
          () => t('auth.error.codeLocked'),
          exists ? (
            <>
              {t('auth.error.exists')}{' '}
              <Link
                to={`/signin?next=${encodeURIComponent(next)}`}
                state={{ phone: otp.sent.phone }}
                className={linkButton}
                data-testid="signin-instead"
              >
                {t('auth.error.signInInstead')}
              </Link>
            </>
          ) : undefined,
        ),
      );
    }
  }

  return (
    <AuthCard title={t('auth.signUp.title')} lead={t('auth.signUp.lead')}>
      <form ref={form} noValidate onSubmit={submit} className="space-y-4" data-testid="signup-form">
        {problems?.alert && <FormAlert>{problems.alert}</FormAlert>}
        <OtpPhoneField
          phone={phone}
          sentTo={otp.sent ? otp.sent.phone : null}
          onPhoneChange={setPhone}
          error={problems?.byField.phone}
          autoFocus={!carried.phone}
          onChangePhone={() => {
            otp.reset();
            setCode('');
            setProblems(null);
          }}
        />
        <TextField
          id="name"
          name="name"
          autoComplete="name"
          label={t('field.name')}
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={problems?.byField.name}
          autoFocus={Boolean(carried.phone)}
        />
        <TextField
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('field.passwordOptional')}
          hint={t('field.password.hint')}
          maxLength={128}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={problems?.byField.password}
        />
        {otp.sent && (
          <CodeStep
            sent={otp.sent}
            code={code}
            onCode={setCode}
            error={problems?.byField.code}
            resendIn={otp.resendIn}
            sending={otp.sending}
            onResend={() => void sendCode()}
          />
        )}
        <button type="submit" data-testid="submit" className={`${primaryButton} w-full`} disabled={busy} aria-busy={busy}>
          {busy ? t('auth.busy') : otp.sent ? t('auth.submitSignUp') : t('auth.sendCode')}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-600">
        {t('auth.haveAccount')}{' '}
        <Link to={`/signin?next=${encodeURIComponent(next)}`} state={{ phone }} className={linkButton} data-testid="to-signin">
          {t('auth.toSignIn')}
        </Link>
      </p>
    </AuthCard>
  );
}
