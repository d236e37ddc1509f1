import { Route, Routes } from 'react-router';
import { AddressesPage } from '../account/AddressesPage';
import { SignInPage, SignUpPage } from '../account/AuthPages';
import { ProfilePage } from '../account/ProfilePage';
import { CartPage } from '../cart/CartPage';
import { CheckoutPage } from '../checkout/CheckoutPage';
import { HomePage } from '../home/HomePage';
import { Layout } from '../layout/Layout';
import { CategoryPage, SearchPage } from '../listing/ListingPage';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { ProductPage } from '../product/ProductPage';
import { StatusPage } from '../status/StatusPage';

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/c/:slug" element={<CategoryPage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/p/:slug" element={<ProductPage />} />
        <Route path="/cart" element={<CartPage />} />
        <Route path="/checkout" element={<CheckoutPage />} />
        <Route path="/status" element={<StatusPage />} />
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/signup" element={<SignUpPage />} />
        <Route path="/account" element={<ProfilePage />} />
        <Route path="/account/addresses" element={<AddressesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
