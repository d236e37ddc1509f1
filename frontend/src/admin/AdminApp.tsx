import { lazy, Suspense, type ReactNode } from 'react';
import { NavLink, Route, Routes } from 'react-router';
import { useMeQuery } from '../account/accountApi';
import { RequireSignIn } from '../account/RequireSignIn';
import { useAppSelector } from '../app/hooks';
import type { Role } from '../auth/types';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Categories } from './Categories';
import { Customers, CustomerDetail } from './Customers';
import { Delivery } from './Delivery';
import { AuditLog } from './AuditLog';
import { useAdminI18n, type AdminKey } from './i18n/messages';
import { OrderDetail, Orders } from './Orders';
import { ProductForm } from './ProductForm';
import { Products } from './Products';
import { Stock } from './Stock';

// The dashboard carries the charting library: it is loaded on its own when first shown.
const Dashboard = lazy(() => import('./Dashboard').then((module) => ({ default: module.Dashboard })));

export type Staff = 'manager' | 'admin';
export function isStaff(role: Role | undefined): role is Staff {
  return role === 'manager' || role === 'admin';
}

interface Section {
  path: string;
  key: AdminKey;
  adminOnly?: true;
}
export const sections: Section[] = [
  { path: '/admin', key: 'section.dashboard' },
  { path: '/admin/products', key: 'section.products' },
  { path: '/admin/categories', key: 'section.categories' },
  { path: '/admin/stock', key: 'section.stock' },
  { path: '/admin/orders', key: 'section.orders' },
  { path: '/admin/customers', key: 'section.customers', adminOnly: true },
  { path: '/admin/delivery', key: 'section.delivery', adminOnly: true },
  { path: '/admin/audit', key: 'section.audit', adminOnly: true },
];

function Forbidden({ section }: { section?: true }) {
  const { t } = useAdminI18n();
  return (
    <div data-testid="admin-forbidden" className="mx-auto max-w-xl rounded-xl border border-amber-200 bg-amber-50 p-6">
      <h1 data-testid="page-title" className="text-xl font-bold text-amber-900">
        {t('admin.forbidden.title')}
      </h1>
      <p className="mt-2 text-amber-900">{t(section ? 'admin.forbidden.section' : 'admin.forbidden.text')}</p>
    </div>
  );
}

/** The signed-in user's role as /api/me says now (the session's copy while it answers). */
function useRole(): Role | undefined {
  const sessionRole = useAppSelector((state) => state.auth.user?.role);
  const me = useMeQuery(undefined, { refetchOnMountOrArgChange: true });
  return me.data?.role ?? (me.isError ? sessionRole : me.isFetching ? undefined : sessionRole);
}

function AdminOnly({ role, children }: { role: Staff; children: ReactNode }) {
  return role === 'admin' ? <>{children}</> : <Forbidden section />;
}

function Console({ role }: { role: Staff }) {
  const { t } = useAdminI18n();
  useDocumentTitle(t('admin.title'));
  const navClass = ({ isActive }: { isActive: boolean }) =>
    `block rounded-md px-3 py-2 text-sm font-semibold whitespace-nowrap ${
      isActive ? 'bg-emerald-50 text-emerald-800' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'
    }`;
  return (
    <div data-testid="admin-console" className="flex flex-col gap-4 lg:flex-row">
      <nav aria-label={t('admin.nav')} className="shrink-0 lg:w-52">
        <p className="mb-2 px-3 text-xs font-bold tracking-wide text-slate-500 uppercase">{t('admin.title')}</p>
        <ul className="flex gap-1 overflow-x-auto lg:flex-col">
          {sections
            .filter((section) => !section.adminOnly || role === 'admin')
            .map((section) => (
              <li key={section.path}>
                <NavLink to={section.path} end={section.path === '/admin'} className={navClass} data-testid={`admin-nav-${section.path.split('/')[2] ?? 'dashboard'}`}>
                  {t(section.key)}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">
        <Suspense fallback={<p role="status">{t('admin.loading')}</p>}>
          <Routes>
            <Route index element={<Dashboard />} />
            <Route path="products" element={<Products />} />
            <Route path="products/new" element={<ProductForm />} />
            <Route path="products/:id" element={<ProductForm />} />
            <Route path="categories" element={<Categories />} />
            <Route path="stock" element={<Stock />} />
            <Route path="orders" element={<Orders />} />
            <Route path="orders/:number" element={<OrderDetail />} />
            <Route path="customers" element={<AdminOnly role={role}><Customers /></AdminOnly>} />
            <Route path="customers/:id" element={<AdminOnly role={role}><CustomerDetail /></AdminOnly>} />
            <Route path="delivery" element={<AdminOnly role={role}><Delivery /></AdminOnly>} />
            <Route path="audit" element={<AdminOnly role={role}><AuditLog /></AdminOnly>} />
          </Routes>
        </Suspense>
      </div>
    </div>
  );
}

function StaffGate() {
  const { t } = useAdminI18n();
  const role = useRole();
  if (role === undefined) {
    return (
      <p role="status" className="py-10 text-center text-slate-500">
        {t('admin.loading')}
      </p>
    );
  }
  return isStaff(role) ? <Console role={role} /> : <Forbidden />;
}

/** /admin/*: the staff's console. Guests go to sign-in; customers see "not allowed" (the server checks anyway). */
export function AdminApp() {
  return (
    <RequireSignIn>
      <StaffGate />
    </RequireSignIn>
  );
}
