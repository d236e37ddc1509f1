// The shapes of the checkout and orders API (functions/orders). Money is integer tiyin; instants ISO-8601 UTC;
// delivery dates yyyy-MM-dd; delivery names are written in the request's Accept-Language.

export type DeliveryMethod = 'courier' | 'uzpost' | 'pickup';
export type PaymentMethod = 'payme' | 'click' | 'cash';
export const paymentMethods: readonly PaymentMethod[] = ['payme', 'click', 'cash'];

/** The providers an order is paid through online (the others are paid on delivery). */
export type OnlineMethod = 'payme' | 'click';

export function isOnline(method: string): method is OnlineMethod {
  return method === 'payme' || method === 'click';
}

/** The online provider an order can switch to. */
export const otherOnline = (method: OnlineMethod): OnlineMethod => (method === 'payme' ? 'click' : 'payme');

/** The answer of POST /api/orders/{number}/payment: the provider's payment page to send the shopper to. */
export interface PaymentLink {
  provider: OnlineMethod;
  url: string;
}

export interface PickupPoint {
  id: string;
  name: string;
  address: string;
  hours: string;
}

export interface DeliveryOption {
  /** courier | uzpost | pickup (a method this app does not know yet is still offered by its name). */
  method: string;
  name: string;
  fee: number;
  free: boolean;
  earliest: string;
  latest: string;
  /** Where a `pickup` order can be collected; empty for the other methods. */
  pickupPoints: PickupPoint[];
}

export interface DeliveryOptions {
  region: string;
  subtotal: number;
  freeDeliveryFrom: number | null;
  options: DeliveryOption[];
}

/** What delivering an option costs: nothing when it is free. */
export const feeOf = (option: Pick<DeliveryOption, 'fee' | 'free'>) => (option.free ? 0 : option.fee);

export interface OrderAddress {
  region: string;
  district: string;
  street: string;
  landmark?: string | null;
  recipientName?: string | null;
  recipientPhone: string;
}

export interface OrderLine {
  sku: string;
  name: string;
  /** The variant's options as one text ("Black · 256 GB"). */
  options: string | null;
  image: string | null;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
  ikpu?: string;
  vatPercent?: number;
}

export interface OrderDelivery {
  method: string;
  name: string;
  fee: number;
  earliest: string;
  latest: string;
  pickupPoint: PickupPoint | null;
}

export interface StatusChange {
  status: string;
  at: string;
  actor?: string;
}

export interface Order {
  number: string;
  status: string;
  paymentMethod: string;
  createdAt: string;
  /** Until when an online order can be paid; null for cash. */
  payBy: string | null;
  lines: OrderLine[];
  address: OrderAddress;
  delivery: OrderDelivery;
  subtotal: number;
  deliveryFee: number;
  total: number;
  vatIncluded: number;
  comment: string | null;
  history: StatusChange[];
  cancellable: boolean;
}

export interface OrderSummary {
  number: string;
  status: string;
  createdAt: string;
  total: number;
  itemCount: number;
  paymentMethod: string;
}

export interface OrderPage {
  items: OrderSummary[];
  nextCursor: string | null;
}

/** The body of POST /api/checkout: an address of the book (`addressId`) or a new one (`address`). */
export type CheckoutRequest = ({ addressId: string } | { address: OrderAddress }) & {
  deliveryMethod: string;
  pickupPointId?: string;
  paymentMethod: PaymentMethod;
  comment?: string;
  expectedTotal: number;
};
