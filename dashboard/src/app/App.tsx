import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

// Each view is its own chunk: the first page loads only the frame and Home.
const ChangesPage = lazy(() => import('../features/changes/ChangesPage'));
const TimelinePage = lazy(() => import('../features/timeline/TimelinePage'));
const ComparisonPage = lazy(() => import('../features/comparison/ComparisonPage'));
const AdminPage = lazy(() => import('../features/admin/AdminPage'));
const AboutPage = lazy(() => import('../features/about/AboutPage'));

/** The views, each at an address that keeps its state in the query string: the address bar is the permalink. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="changes" element={<ChangesPage />} />
          <Route path="timeline" element={<TimelinePage />} />
          <Route path="comparison" element={<ComparisonPage />} />
          <Route path="admin" element={<AdminPage />} />
          <Route path="about" element={<AboutPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
