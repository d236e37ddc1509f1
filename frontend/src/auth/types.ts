// The accounts API's shapes (functions/registry/.../openapi.yaml).

export type Role = 'customer' | 'manager' | 'admin';

export interface User {
  id: string;
  phone: string;
  name: string;
  role: Role;
  hasPassword: boolean;
  createdAt: string;
}

/** What register, login and refresh answer; the refresh token travels only in the HttpOnly cookie. */
export interface Session {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  expiresAt: string;
  user: User;
}

export type OtpPurpose = 'register' | 'login';

export interface OtpSent {
  sentTo: string;
  expiresIn: number;
  resendIn: number;
}

export function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const session = value as Record<string, unknown>;
  const user = session.user as Record<string, unknown> | undefined;
  return (
    typeof session.accessToken === 'string' &&
    typeof session.expiresIn === 'number' &&
    typeof user === 'object' &&
    user !== null &&
    typeof user.id === 'string' &&
    typeof user.name === 'string'
  );
}
