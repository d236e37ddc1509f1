import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { CartPage } from '../cart/CartPage';
import { HomePage } from '../home/HomePage';
import { useI18n } from '../i18n/useI18n';
import { Layout } from '../layout/Layout';
import { CategoryPage, SearchPage } from '../listing/ListingPage';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { ProductPage } from '../product/ProductPage';

// Checkout and the order pages (with their texts) are loaded when first opened, not with the shop's first page.
const CheckoutPage = lazy(() => import('../checkout/CheckoutPage').then((module) => ({ default: module.CheckoutPage })));
const OrdersPage = lazy(() => import('../orders/OrdersPage').then((module) => ({ default: module.OrdersPage })));
const OrderPage = lazy(() => import('../orders/OrderPage').then((module) => ({ default: module.OrderPage })));
const PaymentPage = lazy(() => import('../orders/PaymentPage').then((module) => ({ default: module.PaymentPage })));
// So are the account's pages, the status page and the staff's console (with its own texts and charts).
const SignInPage = lazy(() => import('../account/AuthPages').then((module) => ({ default: module.SignInPage })));
const SignUpPage = lazy(() => import('../account/AuthPages').then((module) => ({ default: module.SignUpPage })));
const ProfilePage = lazy(() => import('../account/ProfilePage').then((module) => ({ default: module.ProfilePage })));
const AddressesPage = lazy(() => import('../account/AddressesPage').then((module) => ({ default: module.AddressesPage })));
const AdminApp = lazy(() => import('../admin/AdminApp').then((module) => ({ default: module.AdminApp })));
const StatusPage = lazy(() => import('../status/StatusPage').then((module) => ({ default: module.StatusPage })));

/** While a page's code is on its way. */
function Loading({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <p role="status" data-testid="page-loading" className="py-10 text-center text-slate-500">
          {t('page.loading')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/c/:slug" element={<CategoryPage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/p/:slug" element={<ProductPage />} />
        <Route path="/cart" element={<CartPage />} />
        <Route path="/checkout" element={<Loading><CheckoutPage /></Loading>} />
        <Route path="/orders" element={<Loading><OrdersPage /></Loading>} />
        <Route path="/orders/:number" element={<Loading><OrderPage /></Loading>} />
        <Route path="/orders/:number/payment" element={<Loading><PaymentPage /></Loading>} />
        <Route path="/status" element={<Loading><StatusPage /></Loading>} />
        <Route path="/signin" element={<Loading><SignInPage /></Loading>} />
        <Route path="/signup" element={<Loading><SignUpPage /></Loading>} />
        <Route path="/account" element={<Loading><ProfilePage /></Loading>} />
        <Route path="/account/addresses" element={<Loading><AddressesPage /></Loading>} />
        <Route path="/admin/*" element={<Loading><AdminApp /></Loading>} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
