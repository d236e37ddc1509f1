import type { Address } from '../account/accountApi';
import type { Session, User } from '../auth/types';
import type { Reply, SeenRequest } from './renderApp';

export const dilnoza: User = {
  id: '01JUSER',
  phone: '+998901234567',
  name: 'Dilnoza',
  role: 'customer',
  hasPassword: false,
  createdAt: '2026-11-23T09:00:00Z',
};

let issued = 0;

/** A session as register, login and refresh answer it, with a new access token each time. */
export function session(user: User = dilnoza): Session {
  issued += 1;
  return {
    accessToken: `token-${issued}`,
    tokenType: 'Bearer',
    expiresIn: 900,
    expiresAt: '2026-11-23T09:15:00Z',
    user,
  };
}

export function problem(status: number, errors: { field: string; reason: string }[] = [], headers?: Record<string, string>): Reply {
  return {
    status,
    body: { type: '/api/docs#problem', title: 'Problem', status, detail: `Problem ${status}`, errors },
    headers,
  };
}

export const homeAddress: Address = {
  id: 'addr-1',
  region: 'UZ-TK',
  district: 'Chilonzor tumani',
  street: 'Bunyodkor ko‘chasi 12, 34-xonadon',
  landmark: 'Korzinka ro‘parasida',
  recipientPhone: '+998901234567',
  createdAt: '2026-11-23T09:00:00Z',
  updatedAt: '2026-11-23T09:00:00Z',
};

export const bodyOf = (request: SeenRequest): Record<string, unknown> =>
  JSON.parse(String(request.config.data ?? '{}')) as Record<string, unknown>;

export const bearerOf = (request: SeenRequest) => request.config.headers.get('Authorization');

/** Answers the catalog's requests of the header and home page with nothing, so account tests see only theirs. */
export function catalogNoise(request: SeenRequest): Reply | undefined {
  if (request.path === '/categories') return { status: 200, body: { categories: [] } };
  if (request.path === '/products') return { status: 200, body: { items: [], nextCursor: null, total: 0, facets: {} } };
  return undefined;
}
