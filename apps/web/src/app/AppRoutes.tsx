import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireSession } from '../auth/RequireSession';
import { SignInPage } from '../auth/SignInPage';
import { AppLayout } from '../layout/AppLayout';

// Screens load on first use: the sign-in page stays small on a slow network, the charting library comes with the results.
const ResultsPage = lazy(() => import('../results/ResultsPage').then((module) => ({ default: module.ResultsPage })));
const SetupPage = lazy(() => import('../admin/setup/SetupPage').then((module) => ({ default: module.SetupPage })));
const ImportsPage = lazy(() => import('../admin/imports/ImportsPage').then((module) => ({ default: module.ImportsPage })));
const BoardPage = lazy(() => import('../admin/board/BoardPage').then((module) => ({ default: module.BoardPage })));
const AuditPage = lazy(() => import('../audit/AuditPage').then((module) => ({ default: module.AuditPage })));
const AppraisalQueuePage = lazy(() => import('../appraisal/AppraisalQueuePage').then((module) => ({ default: module.AppraisalQueuePage })));
const AppraisalSheetPage = lazy(() => import('../appraisal/AppraisalSheetPage').then((module) => ({ default: module.AppraisalSheetPage })));
const SelfAssessmentPage = lazy(() => import('../self-assessment/SelfAssessmentPage').then((module) => ({ default: module.SelfAssessmentPage })));

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
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/cycles/:cycleId/setup" element={<SetupPage />} />
        <Route path="/imports" element={<ImportsPage />} />
        <Route path="/board" element={<BoardPage />} />
        <Route path="/cycles/:cycleId/board" element={<BoardPage />} />
        <Route path="/audit" element={<AuditPage />} />
        <Route path="/audit/:cycleId" element={<AuditPage />} />
        <Route path="/audit/:cycleId/:unitId" element={<AuditPage />} />
        <Route path="/self-assessment" element={<SelfAssessmentPage />} />
        <Route path="/cycles/:cycleId/self-assessment" element={<SelfAssessmentPage />} />
        <Route path="/cycles/:cycleId/self-assessment/result" element={<SelfAssessmentPage />} />
        <Route path="/appraisal" element={<AppraisalQueuePage />} />
        <Route path="/appraisal/:unitId" element={<AppraisalSheetPage />} />
        <Route path="/cycles/:cycleId/appraisal" element={<AppraisalQueuePage />} />
        <Route path="/cycles/:cycleId/appraisal/:unitId" element={<AppraisalSheetPage />} />
        <Route path="*" element={<Navigate to="/results" replace />} />
      </Route>
    </Routes>
  );
}
