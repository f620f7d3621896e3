import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fake-api';
import { renderApp } from '../../testing/render-app';
import { adminToken } from '../../testing/tokens';

const overview = {
  cycleId: 'demo-2025',
  year: 2025,
  title: 'Chỉ số CCHC năm 2025',
  evaluator: 'ubnd-tinh-demo',
  status: 'open',
  selfAssessmentDue: '2025-11-30',
  groups: [
    { groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' },
    { groupId: 'districts', name: 'UBND cấp huyện', criteriaSetId: 'set-districts' },
  ],
  units: [
    { unitId: 'so-tu-phap', name: 'Sở Tư pháp', groupId: 'departments', parentId: null },
    { unitId: 'so-y-te', name: 'Sở Y tế', groupId: 'departments', parentId: null },
    { unitId: 'so-noi-vu', name: 'Sở Nội vụ', groupId: 'departments', parentId: null },
    { unitId: 'huyen-suoi-lam', name: 'UBND huyện Suối Lam', groupId: 'districts', parentId: null },
    { unitId: 'huyen-moi', name: 'UBND huyện Mới', groupId: 'districts', parentId: null },
  ],
};

const appraisals = {
  cycle: 'demo-2025',
  units: [
    { unitId: 'so-tu-phap', phase: 'finalized', selfSubmitted: true },
    { unitId: 'so-y-te', phase: 'appraising', selfSubmitted: true },
    { unitId: 'so-noi-vu', phase: 'resultSent', selfSubmitted: true },
    { unitId: 'huyen-suoi-lam', phase: 'notStarted', selfSubmitted: true },
  ],
};

const progress = { secured: '51.39', surveyHeld: '14.00', surveyGiven: null, surveyPending: '14.00', applicableMax: '66.50', projected: '52.50' };

// A whole antd screen per test: on a busy 2-core machine that takes well over 20 s.
describe('Theo dõi tiến độ: where every unit of a cycle stands', { timeout: 120_000 }, () => {
  it('each unit with its state and figures; the counts per state', async () => {
    sessionStorage.setItem('par.token', adminToken());
    const api = fakeApi({
      'GET /api/v1/cycles/demo-2025': overview,
      'GET /api/v1/cycles/demo-2025/appraisals': appraisals,
      'GET /api/v1/cycles/demo-2025/units/so-tu-phap/progress': progress,
    });
    renderApp('/cycles/demo-2025/board');

    const table = await screen.findByRole('table', { name: 'Tiến độ của các đơn vị' });
    const row = (name: string) => within(table).getByText(name).closest('tr') as HTMLElement;
    const state = (name: string) => within(row(name)).getAllByRole('cell')[2].textContent;
    expect(state('Sở Tư pháp')).toBe('Đã hoàn tất');
    expect(state('Sở Y tế')).toBe('Đang thẩm định');
    expect(state('Sở Nội vụ')).toBe('Đã gửi kết quả');
    expect(state('UBND huyện Suối Lam')).toBe('Đã nộp');
    expect(state('UBND huyện Mới')).toBe('Chưa nộp');
    expect(await within(row('Sở Tư pháp')).findByText('51,39 / 66,50')).toBeTruthy();
    expect(within(row('Sở Tư pháp')).getByText('52,50')).toBeTruthy();

    const counts = screen.getByRole('list', { name: 'Số đơn vị theo trạng thái' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Chưa nộp1', 'Đã nộp1', 'Đang thẩm định1', 'Đã gửi kết quả1', 'Đã hoàn tất1']);
    expect(api.requests.some((request) => request.url.endsWith('/cycles/demo-2025/appraisals'))).toBe(true);
  });

  it('/board goes to the cycle last opened', async () => {
    sessionStorage.setItem('par.token', adminToken());
    localStorage.setItem('par.cycle', 'demo-2025');
    fakeApi({ 'GET /api/v1/cycles/demo-2025': overview, 'GET /api/v1/cycles/demo-2025/appraisals': appraisals });
    renderApp('/board');

    expect(await screen.findByRole('table', { name: 'Tiến độ của các đơn vị' })).toBeTruthy();
  });
});
