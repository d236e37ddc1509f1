import { Route, Routes } from 'react-router';
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
        <Route path="/status" element={<StatusPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
