// The admin console's API (docs/admin-api.md): its shapes and calls, through the store's axios client, so the
// session's Bearer token, the 401 refresh-and-retry and Accept-Language come with every request.
import axios, { type AxiosInstance } from 'axios';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../app/api';
import { useAppDispatch } from '../app/hooks';
import type { SessionExtra } from '../auth/sessionKeeper';
import type { Role } from '../auth/types';
import type { Order } from '../orders/types';

export type Texts = { uz: string; ru: string; en: string };
export type ProductStatus = 'draft' | 'active' | 'archived';

/** One page of a list: `nextCursor` is absent (products, customers) or null (orders, audit) on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface ProductRow {
  id: number;
  slug: string;
  name: Texts;
  brand?: string;
  categoryId: number;
  status: ProductStatus;
  priceMin?: number;
  image?: string;
  skuCount: number;
  stock: { onHand: number; reserved: number };
  version: number;
}

export interface Variant {
  id?: number;
  code: string;
  /** Option name → a word, a number or true/false (VariantOptions). */
  options: Record<string, string | number | boolean>;
  price: number;
  compareAtPrice?: number;
  ikpu: string;
  vatPercent: number;
  packageCode?: string;
  stock?: { onHand: number; reserved: number };
}

export interface Product {
  id?: number;
  version?: number;
  slug?: string;
  categoryId: number;
  brand?: string;
  status: ProductStatus;
  name: Texts;
  description: Texts;
  images: string[];
  variants: Variant[];
}

export interface ImageUpload {
  key: string;
  uploadUrl: string;
  method: string;
  headers: Record<string, string>;
  expiresAt: string;
  url: string;
}

export interface Category {
  id: number;
  slug: string;
  /** Absent for a top-level category (never null in answers). */
  parentId?: number;
  name: Texts;
  position: number;
  productCount: number;
  version: number;
}

export type StockReason = 'received' | 'damaged' | 'correction' | 'returned';
export const stockReasons: StockReason[] = ['received', 'damaged', 'correction', 'returned'];

export interface StockView {
  sku: string;
  productId: number;
  /** The product's name in the three languages. */
  name: Texts;
  onHand: number;
  reserved: number;
  sellable: number;
  history: { at: string; change: number; reason: StockReason; note?: string; actor: string; onHandAfter: number }[];
}

export interface OrderRow {
  number: string;
  placed: string;
  status: string;
  customerId: string;
  phone: string;
  /** Empty when none was given. */
  recipientName: string;
  region: string;
  paymentMethod: string;
  total: number;
  itemCount: number;
}

export type OrderAction = 'confirm' | 'process' | 'ship' | 'deliver' | 'cancel' | 'refund';

/**
 * An order as staff see it (GET /admin/orders/{number} and the actions' answer): the owner's view under `order`, with
 * whose it is, the version to send with the next step, an online payment under way, the shipment and the steps allowed.
 */
export interface AdminOrder {
  order: Order;
  customerId: string;
  version: number;
  payment?: { provider: string; transaction: string; until: string };
  shipment?: { carrier: string; trackingNumber: string };
  actions: OrderAction[];
}

export interface Customer {
  id: string;
  phone: string;
  name: string;
  role: Role;
  blocked: boolean;
  createdAt: string;
  addresses?: { id: string; region: string; district: string; street: string; landmark?: string }[];
}

export interface DeliveryRate {
  method: string;
  region: string;
  fee: number;
  daysMin: number;
  daysMax: number;
}

/** A pickup point as staff edit it: one name and address (shown as they are); never deleted, withdrawn with `active: false`. */
export interface PickupPoint {
  id: string;
  region: string;
  name: string;
  address: string;
  hours: string;
  /** Order within its region. */
  position: number;
  active: boolean;
}

/** The delivery settings, read and saved whole; `version` (a digest) is sent back with the save. */
export interface DeliverySettings {
  version: string;
  freeFrom: number;
  rates: DeliveryRate[];
  pickupPoints: PickupPoint[];
}

export interface AuditEntry {
  id: string;
  at: string;
  /** The staff member, their role when they acted and their phone now (absent when the account is gone). */
  actor: { id: string; role: 'manager' | 'admin'; phone?: string };
  action: string;
  target: string;
  before?: unknown;
  after?: unknown;
}

export interface Analytics {
  from: string;
  to: string;
  revenue: number;
  orders: number;
  soldOrders: number;
  averageOrderValue: number;
  cartsStarted: number;
  conversion: number;
  revenueByDay: { day: string; revenue: number; orders: number }[];
  /** Statuses with no orders are left out (as are regions and methods without revenue below); top lists hold ≤ 10. */
  ordersByStatus: Record<string, number>;
  topProductsByRevenue: { sku: string; name: string; revenue: number; units: number }[];
  topProductsByUnits: { sku: string; name: string; revenue: number; units: number }[];
  revenueByRegion: Record<string, number>;
  revenueByPaymentMethod: Record<string, number>;
}

/** The store's axios client (the one with the session's interceptors). */
export function useAdminApi(): AxiosInstance {
  const dispatch = useAppDispatch();
  const ref = useRef<AxiosInstance | null>(null);
  ref.current ??= dispatch((_d: unknown, _g: unknown, extra: SessionExtra) => extra.api);
  return ref.current;
}

export const allowedImageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const maxImageBytes = 5 * 1024 * 1024;

/** What is wrong with a file before anything is sent: its type or its size. */
export function imageProblem(file: File): 'type' | 'size' | undefined {
  if (!(allowedImageTypes as readonly string[]).includes(file.type)) return 'type';
  if (file.size < 1 || file.size > maxImageBytes) return 'size';
  return undefined;
}

/**
 * Uploads a product image: asks the API for a signed URL (`POST /admin/product-images`), then PUTs the file there with
 * the headers it returned. The PUT goes past the shop's client (no Bearer token: the URL's signature is the
 * authority), through the same adapter. Resolves to the answer, whose `key` belongs in the product's `images`.
 */
export async function uploadProductImage(api: AxiosInstance, file: File): Promise<ImageUpload> {
  const { data } = await api.post<ImageUpload>('/admin/product-images', { contentType: file.type, size: file.size });
  await axios.request({
    url: data.uploadUrl,
    method: data.method || 'PUT',
    data: file,
    headers: data.headers,
    adapter: api.defaults.adapter,
    transformRequest: [(body: unknown) => body],
  });
  return data;
}

export type Load<T> =
  | { state: 'loading'; data?: T }
  | { state: 'done'; data: T }
  | { state: 'failed'; error: ApiError; data?: T };

/** Reads `request` when its key changes; `reload` reads it again, `set` replaces what a write answered. */
export function useLoad<T>(key: string | null, request: (api: AxiosInstance, signal: AbortSignal) => Promise<T>) {
  const api = useAdminApi();
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const requestRef = useRef(request);
  requestRef.current = request;

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setResult((was) => ({ state: 'loading', data: was.data }));
    requestRef.current(api, controller.signal).then(
      (data) => setResult({ state: 'done', data }),
      (error: unknown) => {
        const problem = toApiError(error);
        if (problem.kind !== 'aborted') setResult((was) => ({ state: 'failed', error: problem, data: was.data }));
      },
    );
    return () => controller.abort();
  }, [api, key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const set = useCallback((data: T) => setResult({ state: 'done', data }), []);
  return { ...result, reload, set };
}

/** Downloads a GET that needs the Bearer token (a CSV export) as a file. */
export async function downloadWithToken(api: AxiosInstance, url: string, params: URLSearchParams, fileName: string) {
  const { data } = await api.get<Blob>(url, { params, responseType: 'blob' });
  const href = URL.createObjectURL(data instanceof Blob ? data : new Blob([data], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
