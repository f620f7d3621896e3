import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireSession } from '../auth/RequireSession';
import { SignInPage } from '../auth/SignInPage';
import { AppLayout } from '../layout/AppLayout';

// Screens load on first use: the sign-in page stays small on a slow network, the charting library comes with the results.
const ResultsPage = lazy(() => import('../results/ResultsPage').then((module) => ({ default: module.ResultsPage })));

/** The screens and their URLs; a new screen is a route here and a `ready` entry in layout/menu-entries.ts. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<Navigate to="/results" replace />} />
        <Route path="/results" element={<ResultsPage />} />
        <Route path="/cycles/:cycleId/results" element={<ResultsPage />} />
        <Route path="*" element={<Navigate to="/results" replace />} />
      </Route>
    </Routes>
  );
}
