import { skipToken } from '@reduxjs/toolkit/query/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useAddressesQuery } from '../account/accountApi';
import { AddressFields, addressFields, type AddressField, type AddressValues } from '../account/AddressForm';
import { AddressText } from '../account/AddressesPage';
import { FieldFrame, FormAlert, inputClass, linkButton, primaryButton } from '../account/Field';
import { formProblems, generalProblem, reasonText } from '../account/problems';
import { regionKey } from '../account/regions';
import { RequireSignIn } from '../account/RequireSignIn';
import type { ApiError } from '../app/api';
import { useAppSelector } from '../app/hooks';
import type { Cart } from '../cart/types';
import { useCart } from '../cart/useCart';
import { LoadError } from '../catalog/LoadError';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { formatDayRange } from '../orders/dates';
import { useOrdersI18n } from '../orders/i18n/messages';
import { newIdempotencyKey } from '../orders/idempotencyKey';
import { problemKind, useDeliveryOptionsQuery, usePlaceOrderMutation } from '../orders/ordersApi';
import { paymentText } from '../orders/StatusBadge';
import {
  feeOf,
  isOnline,
  paymentMethods,
  type CheckoutRequest,
  type DeliveryOption,
  type OnlineMethod,
  type Order,
  type PaymentMethod,
} from '../orders/types';
import { usePaymentLink, type CarriedPayment } from '../orders/usePaymentLink';

/**
 * `/checkout` (signed in only): address, delivery, payment, comment and the order's summary; "Place order". An order to
 * pay online goes straight on to the provider's payment page. Router state `{ paymentMethod }` chooses the payment to
 * start with (the payment page's "Try again" after a failed payment).
 */
export function CheckoutPage() {
  const { t } = useOrdersI18n();
  useDocumentTitle(t('checkout.title'));
  return (
    <RequireSignIn>
      <Checkout />
    </RequireSignIn>
  );
}

function Checkout() {
  const { t } = useOrdersI18n();
  const navigate = useNavigate();
  const cart = useCart({ fresh: true });
  const data = cart.currentData;
  const link = usePaymentLink();
  // The order placed to be paid online, while its payment page is asked for (the server has emptied the cart).
  const [leaving, setLeaving] = useState<{ number: string; provider: OnlineMethod } | null>(null);

  /**
   * Straight on to the provider's page; the order's payment page takes this one's place in the history, so "back" from
   * the provider lands there. When no link came, that page says why and offers to try again.
   */
  async function payOnline(order: Order, provider: OnlineMethod) {
    setLeaving({ number: order.number, provider });
    const paymentPath = `/orders/${encodeURIComponent(order.number)}/payment`;
    const problem = await link.open(order.number, provider, () => void navigate(paymentPath, { replace: true }));
    if (!problem) return;
    const attempt = link.lastAttempt();
    const payment: CarriedPayment | null = attempt ? { attempt, problem } : null;
    void navigate(paymentPath, { replace: true, state: { payment } });
  }

  if (leaving) {
    return (
      <section data-testid="checkout-page" className="space-y-6">
        <p role="status" data-testid="checkout-leaving" className="rounded-2xl border border-emerald-200 bg-emerald-50 p-4 text-emerald-900">
          {t('checkout.leaving', { number: leaving.number, method: paymentText(t, leaving.provider) })}
        </p>
      </section>
    );
  }

  return (
    <section data-testid="checkout-page" className="space-y-6">
      <h1 data-testid="page-title" className="text-2xl font-bold text-slate-900">
        {t('checkout.title')}
      </h1>
      {data ? (
        data.lines.some((line) => line.available) ? (
          <CheckoutForm cart={data} refetchCart={() => void cart.refetch()} onPlacedOnline={(order, provider) => void payOnline(order, provider)} />
        ) : (
          <div data-testid="checkout-empty" className="space-y-4 rounded-2xl bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
            <p className="text-lg font-semibold text-slate-900">{t('checkout.empty')}</p>
            <Link to="/cart" className={linkButton}>
              {t('checkout.back')}
            </Link>
          </div>
        )
      ) : cart.error ? (
        <LoadError error={cart.error} onRetry={() => void cart.refetch()} />
      ) : (
        <p role="status" className="text-slate-500">
          {t('cart.loading')}
        </p>
      )}
    </section>
  );
}

/** The address choice meaning "a new address, typed here". */
const NEW = 'new';

/** The request's fields as the API names them in a 400's `errors[]`. */
const requestFields = [
  'addressId',
  ...addressFields.map((field) => `address.${field}` as const),
  'deliveryMethod',
  'pickupPointId',
  'paymentMethod',
  'comment',
  'expectedTotal',
] as const;
type RequestField = (typeof requestFields)[number];

interface Problems {
  byField: Partial<Record<RequestField, string>>;
  /** The form's own message; `toCart` adds the way back to the cart. */
  alert?: { text: string; details?: string[]; toCart?: boolean };
  /** Why a line cannot be ordered, by SKU (out of stock). */
  lines?: Record<string, string>;
}

/** One attempt at an order: its Idempotency-Key, its body, and whether its outcome is still unknown. */
interface Attempt {
  key: string;
  body: string;
  unanswered: boolean;
}

interface CheckoutFormProps {
  cart: Cart;
  refetchCart: () => void;
  /** A placed order to be paid online: the page goes on to its provider. */
  onPlacedOnline: (order: Order, provider: OnlineMethod) => void;
}

function CheckoutForm({ cart, refetchCart, onPlacedOnline }: CheckoutFormProps) {
  const { t, lang, money } = useOrdersI18n();
  const navigate = useNavigate();
  const preset = (useLocation().state as { paymentMethod?: unknown } | null)?.paymentMethod;
  const phone = useAppSelector((state) => state.auth.user?.phone ?? '');
  const addresses = useAddressesQuery();
  const book = addresses.data ?? [];
  const [place, placeState] = usePlaceOrderMutation();
  const busy = placeState.isLoading;

  // null: the first address of the book (a new one without any); '': none (the chosen one has gone).
  const [choice, setChoice] = useState<string | null>(null);
  const [newAddress, setNewAddress] = useState<AddressValues>({
    region: '',
    district: '',
    street: '',
    landmark: '',
    recipientName: '',
    recipientPhone: phone,
  });
  const [method, setMethod] = useState<string | null>(null);
  const [pickupPointId, setPickupPointId] = useState<string | null>(null);
  const [payment, setPayment] = useState<PaymentMethod | null>(() =>
    paymentMethods.find((method) => method === preset) ?? null,
  );
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<Problems | null>(null);
  const attempt = useRef<Attempt | null>(null);
  const form = useRef<HTMLFormElement>(null);

  // An empty book (or one that could not be read) leaves a new address; a choice that has gone leaves none.
  const chosen = addresses.isLoading
    ? null
    : book.length === 0
      ? NEW
      : choice === null
        ? book[0]!.id
        : choice === NEW || book.some((address) => address.id === choice)
          ? choice
          : null;
  const region = chosen === NEW ? newAddress.region : (book.find((address) => address.id === chosen)?.region ?? '');

  const options = useDeliveryOptionsQuery(regionKey(region) ? { region, subtotal: cart.subtotal, lang } : skipToken);
  const offered = options.currentData?.region === region ? options.currentData : undefined;
  const option = offered?.options.find((o) => o.method === method) ?? null;
  const point = option?.pickupPoints.find((p) => p.id === pickupPointId) ?? null;
  const fee = option ? feeOf(option) : null;
  const total = cart.subtotal + (fee ?? 0);

  // A refused order puts the shopper in the first field to fix, or on the form's message.
  useEffect(() => {
    if (!problems) return;
    (
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current?.querySelector<HTMLElement>('[data-testid="checkout-alert"]')
    )?.focus();
  }, [problems]);

  function localProblems(): Problems['byField'] {
    const byField: Problems['byField'] = {};
    if (chosen === null) byField.addressId = t('checkout.addressRequired');
    else if (chosen === NEW && !regionKey(region)) byField['address.region'] = t('form.region');
    else if (!option) byField.deliveryMethod = t('checkout.deliveryRequired');
    if (option?.method === 'pickup' && !point) byField.pickupPointId = t('checkout.pickupRequired');
    if (!payment) byField.paymentMethod = t('checkout.paymentRequired');
    return byField;
  }

  function requestBody(): CheckoutRequest {
    const trimmed = (value: string) => value.trim() || undefined;
    const address =
      chosen === NEW
        ? {
            address: {
              region: newAddress.region,
              district: newAddress.district.trim(),
              street: newAddress.street.trim(),
              ...(trimmed(newAddress.landmark) && { landmark: newAddress.landmark.trim() }),
              ...(trimmed(newAddress.recipientName) && { recipientName: newAddress.recipientName.trim() }),
              recipientPhone: newAddress.recipientPhone,
            },
          }
        : { addressId: chosen! };
    return {
      ...address,
      deliveryMethod: option!.method,
      ...(option!.method === 'pickup' && { pickupPointId: point!.id }),
      paymentMethod: payment!,
      ...(trimmed(comment) && { comment: comment.trim() }),
      expectedTotal: total,
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const missing = localProblems();
    if (Object.keys(missing).length > 0) {
      setProblems({ byField: missing });
      return;
    }
    setProblems(null);
    const body = requestBody();
    const json = JSON.stringify(body);
    // A retry of an attempt whose answer never came is the same attempt (the server keeps its result under the key);
    // anything else (the form changed, or the last try was answered) is a new one.
    const last = attempt.current;
    const key = last && last.unanswered && last.body === json ? last.key : newIdempotencyKey();
    attempt.current = { key, body: json, unanswered: true };
    try {
      const order = await place({ key, body, lang }).unwrap();
      if (isOnline(order.paymentMethod)) onPlacedOnline(order, order.paymentMethod);
      else void navigate(`/orders/${encodeURIComponent(order.number)}?placed=1`);
    } catch (error) {
      const problem = error as ApiError;
      const answered = problem.kind === 'http' && problem.status < 500;
      if (answered) attempt.current = { key, body: json, unanswered: false };
      setProblems(problemsOf(problem));
    }
  }

  function problemsOf(problem: ApiError): Problems {
    if (problem.kind !== 'http') return { byField: {}, alert: { text: generalProblem(t, problem) } };
    const kind = problemKind(problem);
    if (problem.status === 409 && kind === 'price-changed') {
      refetchCart();
      void options.refetch();
      // The API's reason for expectedTotal speaks in tiyin; its detail says the new total in words.
      return {
        byField: { expectedTotal: t('checkout.totalChanged') },
        alert: { text: t('checkout.priceChanged'), details: problem.detail ? [problem.detail] : [] },
      };
    }
    if (problem.status === 409 && kind === 'out-of-stock') {
      const lines: Record<string, string> = {};
      const details: string[] = [];
      for (const { field, reason } of problem.errors) {
        const sku = /^items\[(.+)\]$/.exec(field)?.[1];
        const text = reasonText(t, field, reason);
        if (sku !== undefined && cart.lines.some((line) => line.sku === sku)) lines[sku] = text;
        else details.push(sku !== undefined ? `${sku}: ${text}` : text);
      }
      return { byField: {}, lines, alert: { text: t('checkout.outOfStock'), details, toCart: true } };
    }
    if (problem.status === 409 && kind === 'empty-cart') {
      refetchCart();
      return { byField: {}, alert: { text: problem.detail || t('checkout.emptyCart'), toCart: true } };
    }
    if (problem.status === 404 && (problem.errors.some((e) => e.field === 'addressId') || chosen !== NEW)) {
      void addresses.refetch();
      setChoice('');
      return { byField: { addressId: t('checkout.addressGone') } };
    }
    if (problem.status === 400) {
      const { byField, other } = formProblems(problem, requestFields, t);
      const text = other.length > 0 ? other.join(' ') : Object.keys(byField).length > 0 ? undefined : problem.detail || t('form.fix');
      return { byField, ...(text && { alert: { text } }) };
    }
    return { byField: {}, alert: { text: generalProblem(t, problem) } };
  }

  const errors = problems?.byField ?? {};
  const addressErrors = Object.fromEntries(
    addressFields.flatMap((field) => (errors[`address.${field}`] ? [[field, errors[`address.${field}`]]] : [])),
  ) as Partial<Record<AddressField, string>>;

  return (
    <form
      ref={form}
      noValidate
      onSubmit={submit}
      data-testid="checkout-form"
      className="grid gap-6 md:grid-cols-[minmax(0,1fr)_20rem] md:items-start"
    >
      <div className="min-w-0 space-y-6">
        {problems?.alert && (
          <FormAlert testId="checkout-alert">
            <p>{problems.alert.text}</p>
            {problems.alert.details && problems.alert.details.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {problems.alert.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
            {problems.alert.toCart && (
              <Link to="/cart" data-testid="checkout-to-cart" className={`${linkButton} mt-2 inline-block text-red-800`}>
                {t('checkout.toCart')}
              </Link>
            )}
          </FormAlert>
        )}

        <Section id="checkout-address" title={t('checkout.address')} error={errors.addressId}>
          {addresses.isLoading ? (
            <p role="status" className="text-slate-500">
              {t('checkout.addressesLoading')}
            </p>
          ) : (
            <>
              {book.length > 0 && (
                <div className="space-y-2">
                  {[...book.map((address) => address.id), NEW].map((id) => {
                    const address = book.find((a) => a.id === id);
                    return (
                      <Choice
                        key={id}
                        name="addressId"
                        value={id}
                        checked={chosen === id}
                        onChange={() => setChoice(id)}
                        errorOf={errors.addressId ? 'checkout-address-error' : undefined}
                        testId={`address-choice-${id}`}
                      >
                        {address ? <AddressText address={address} /> : <span className="font-semibold">{t('checkout.addressNew')}</span>}
                      </Choice>
                    );
                  })}
                </div>
              )}
              {chosen === NEW && (
                <div className="space-y-4" data-testid="checkout-new-address">
                  <AddressFields
                    prefix="checkout-address"
                    values={newAddress}
                    onChange={(field, value) => setNewAddress((old) => ({ ...old, [field]: value }))}
                    errors={addressErrors}
                  />
                </div>
              )}
            </>
          )}
        </Section>

        <Section id="checkout-delivery" title={t('checkout.delivery')} error={errors.deliveryMethod}>
          {!regionKey(region) ? (
            <p className="text-sm text-slate-600">{t('checkout.deliveryChooseRegion')}</p>
          ) : !offered ? (
            options.error && !options.isFetching ? (
              <LoadError error={options.error} onRetry={() => void options.refetch()} />
            ) : (
              <p role="status" className="text-slate-500">
                {t('checkout.deliveryLoading')}
              </p>
            )
          ) : offered.options.length === 0 ? (
            <p data-testid="delivery-none" className="text-slate-700">
              {t('checkout.deliveryNone')}
            </p>
          ) : (
            <div className="space-y-2" data-testid="delivery-options">
              {offered.options.map((o) => (
                <div key={o.method} data-testid="delivery-option" data-method={o.method}>
                  <Choice
                    name="deliveryMethod"
                    value={o.method}
                    checked={option?.method === o.method}
                    onChange={() => setMethod(o.method)}
                    errorOf={errors.deliveryMethod ? 'checkout-delivery-error' : undefined}
                    testId={`delivery-${o.method}`}
                  >
                    <DeliveryText option={o} />
                  </Choice>
                  {option?.method === o.method && o.pickupPoints.length > 0 && (
                    <PickupPoints
                      option={o}
                      chosen={point?.id ?? null}
                      onChoose={setPickupPointId}
                      error={errors.pickupPointId}
                    />
                  )}
                </div>
              ))}
              {offered.freeDeliveryFrom !== null && offered.freeDeliveryFrom > cart.subtotal && (
                <p className="text-xs text-slate-500">{t('checkout.freeFrom', { price: money(offered.freeDeliveryFrom) })}</p>
              )}
            </div>
          )}
          {option?.method === 'pickup' && option.pickupPoints.length === 0 && errors.pickupPointId && (
            <p className="text-sm text-red-700">{errors.pickupPointId}</p>
          )}
        </Section>

        <Section id="checkout-payment" title={t('checkout.payment')} error={errors.paymentMethod}>
          <div className="space-y-2">
            {paymentMethods.map((m) => (
              <Choice
                key={m}
                name="paymentMethod"
                value={m}
                checked={payment === m}
                onChange={() => setPayment(m)}
                errorOf={errors.paymentMethod ? 'checkout-payment-error' : undefined}
                testId={`payment-${m}`}
              >
                <span className="block font-semibold text-slate-900">{t(`payment.${m}`)}</span>
                <span className="block text-sm text-slate-600">{t(`payment.${m}.hint`)}</span>
              </Choice>
            ))}
          </div>
        </Section>

        <div className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
          <FieldFrame id="checkout-comment" label={t('checkout.comment')} hint={t('checkout.commentHint')} error={errors.comment}>
            {(described) => (
              <textarea
                {...described}
                name="comment"
                rows={3}
                maxLength={500}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
                className={inputClass}
              />
            )}
          </FieldFrame>
        </div>
      </div>

      <aside
        aria-labelledby="checkout-summary-title"
        data-testid="checkout-summary"
        className="space-y-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
      >
        <h2 id="checkout-summary-title" className="text-lg font-bold text-slate-900">
          {t('checkout.summary')}
        </h2>
        <ul className="divide-y divide-slate-100 text-sm">
          {cart.lines.map((line) => (
            <li
              key={line.sku}
              data-testid="checkout-line"
              data-sku={line.sku}
              className={`py-2 ${line.available ? '' : 'text-slate-400'}`}
            >
              <div className="flex justify-between gap-3">
                <span className="min-w-0 break-words">
                  {line.name} × {line.quantity}
                  {line.options.length > 0 && (
                    <span className="block text-xs text-slate-500">{line.options.map((o) => o.label).join(' · ')}</span>
                  )}
                  {!line.available && <span className="block text-xs">{t('cart.notCounted')}</span>}
                </span>
                <span className="font-semibold whitespace-nowrap">{money(line.lineTotal)}</span>
              </div>
              {problems?.lines?.[line.sku] && (
                <p data-testid="line-problem" className="mt-1 text-sm text-red-700">
                  {problems.lines[line.sku]}
                </p>
              )}
            </li>
          ))}
        </ul>
        <dl className="space-y-2 border-t border-slate-200 pt-3 text-sm">
          <div className="flex items-baseline justify-between gap-3">
            <dt className="text-slate-600">{t('checkout.subtotal')}</dt>
            <dd data-testid="checkout-subtotal" className="font-semibold whitespace-nowrap">
              {money(cart.subtotal)}
            </dd>
          </div>
          <div className="flex items-baseline justify-between gap-3">
            <dt className="text-slate-600">{t('checkout.deliveryFee')}</dt>
            <dd data-testid="checkout-delivery-fee" className="font-semibold whitespace-nowrap">
              {fee === null ? t('checkout.deliveryNotChosen') : fee === 0 ? t('checkout.free') : money(fee)}
            </dd>
          </div>
          <div className="flex items-baseline justify-between gap-3 border-t border-slate-200 pt-2">
            <dt className="font-semibold text-slate-900">{t('checkout.total')}</dt>
            <dd
              data-testid="checkout-total"
              aria-describedby={errors.expectedTotal ? 'checkout-total-error' : undefined}
              className="text-xl font-bold whitespace-nowrap text-slate-900"
            >
              {money(total)}
            </dd>
          </div>
        </dl>
        {errors.expectedTotal && (
          <p id="checkout-total-error" data-testid="checkout-total-error" className="text-sm text-red-700">
            {errors.expectedTotal}
          </p>
        )}
        <button type="submit" data-testid="place-order" className={`${primaryButton} w-full`} disabled={busy} aria-busy={busy}>
          {busy ? t('checkout.placing') : t('checkout.place')}
        </button>
        <Link to="/cart" className={`${linkButton} block text-center text-sm`}>
          {t('checkout.back')}
        </Link>
      </aside>
    </form>
  );
}

/** A part of the form: a fieldset with its title and the error of the choice it holds. */
function Section({ id, title, error, children }: { id: string; title: string; error?: string; children: ReactNode }) {
  return (
    <fieldset data-testid={id} className="min-w-0 space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
      <legend className="float-left mb-3 w-full text-lg font-bold text-slate-900">{title}</legend>
      {error && (
        <p id={`${id}-error`} data-testid={`${id}-error`} className="clear-left text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="clear-left space-y-3">{children}</div>
    </fieldset>
  );
}

interface ChoiceProps {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  /** The id of the error this choice's group shows, if it shows one. */
  errorOf?: string;
  testId: string;
  children: ReactNode;
}

/** One radio of a group, the whole card its label. */
function Choice({ name, value, checked, onChange, errorOf, testId, children }: ChoiceProps) {
  return (
    <label
      data-testid={testId}
      className="flex cursor-pointer items-start gap-3 rounded-xl border border-slate-200 p-3 hover:border-emerald-400 has-checked:border-emerald-600 has-checked:bg-emerald-50"
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        aria-describedby={errorOf}
        aria-invalid={errorOf ? true : undefined}
        className="mt-1 size-4 shrink-0 accent-emerald-700"
      />
      <span className="min-w-0 flex-1">{children}</span>
    </label>
  );
}

function DeliveryText({ option }: { option: DeliveryOption }) {
  const { t, lang, money } = useOrdersI18n();
  return (
    <>
      <span className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="font-semibold text-slate-900">{option.name}</span>
        <span data-testid="delivery-fee" className="font-semibold whitespace-nowrap text-slate-900">
          {feeOf(option) === 0 ? t('checkout.free') : money(option.fee)}
        </span>
      </span>
      <span data-testid="delivery-dates" className="block text-sm text-slate-600">
        {t('checkout.dates', { dates: formatDayRange(lang, option.earliest, option.latest) })}
      </span>
    </>
  );
}

function PickupPoints({
  option,
  chosen,
  onChoose,
  error,
}: {
  option: DeliveryOption;
  chosen: string | null;
  onChoose: (id: string) => void;
  error?: string;
}) {
  const { t } = useOrdersI18n();
  return (
    <fieldset data-testid="pickup-points" className="mt-2 ml-3 min-w-0 space-y-2 border-l-2 border-emerald-200 pl-3 sm:ml-7">
      <legend className="text-sm font-semibold text-slate-700">{t('checkout.pickupPoints')}</legend>
      {error && (
        <p id="checkout-pickup-error" data-testid="checkout-pickup-error" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {option.pickupPoints.map((p) => (
        <Choice
          key={p.id}
          name="pickupPointId"
          value={p.id}
          checked={chosen === p.id}
          onChange={() => onChoose(p.id)}
          errorOf={error ? 'checkout-pickup-error' : undefined}
          testId={`pickup-${p.id}`}
        >
          <span className="block font-semibold text-slate-900">{p.name}</span>
          <span className="block text-sm break-words text-slate-700">{p.address}</span>
          <span className="block text-xs text-slate-500">{t('checkout.hours', { hours: p.hours })}</span>
        </Choice>
      ))}
    </fieldset>
  );
}
