import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem } from '../testing/fake-api';
import { renderApp } from '../testing/render-app';
import { adminToken } from '../testing/tokens';

const overview = {
  cycleId: 'demo-2025',
  year: 2025,
  title: 'Chỉ số CCHC năm 2025',
  evaluator: 'ubnd-tinh-demo',
  status: 'closed',
  selfAssessmentDue: null,
  groups: [
    { groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' },
    { groupId: 'districts', name: 'UBND cấp huyện', criteriaSetId: 'set-districts' },
  ],
  units: [],
};

const results = {
  cycle: 'demo-2025',
  groups: [
    {
      group: 'departments',
      results: [
        {
          rank: 1,
          unit: 'so-noi-vu',
          name: 'Sở Nội vụ',
          selfTotal: '79.25',
          appraisedTotal: '94.97',
          applicableMax: '100.00',
          index: '94.97',
          class: 'XUAT_SAC',
        },
        { rank: 2, unit: 'so-x', name: 'Sở X', selfTotal: '4.50', appraisedTotal: '3.00', applicableMax: '4.50', index: '66.67', class: 'KHA' },
        { rank: 3, unit: 'so-y', name: 'Sở Y', selfTotal: '0.00', appraisedTotal: '0.00', applicableMax: '0.00', index: null, class: null },
      ],
    },
    {
      group: 'districts',
      results: [
        {
          rank: 1,
          unit: 'huyen-suoi-lam',
          name: 'UBND huyện Suối Lam',
          selfTotal: '63.50',
          appraisedTotal: '62.11',
          applicableMax: '100.00',
          index: '62.11',
          class: 'TRUNG_BINH',
        },
      ],
    },
  ],
};

const cycles = {
  cycles: [
    { cycleId: 'demo-2025', year: 2025, title: 'Chỉ số CCHC năm 2025', status: 'closed' },
    { cycleId: 'demo-2024', year: 2024, title: 'Chỉ số CCHC năm 2024', status: 'closed' },
  ],
};

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

// A whole results screen (tables, charts, decisions) renders in jsdom in seconds; a busy 2-core machine needs more.
describe('Kết quả: the ranking of a cycle per group, as in a published decision', { timeout: 120_000 }, () => {
  it('each group’s table: rank, unit, self total, appraised / max, index, class, in Vietnamese figures', async () => {
    sessionStorage.setItem('par.token', adminToken());
    const api = fakeApi({ 'GET /api/v1/cycles/demo-2025': overview, 'GET /api/v1/cycles/demo-2025/results': results });
    renderApp('/cycles/demo-2025/results');

    const departments = await screen.findByRole('table', { name: 'Sở, ban, ngành' });
    const [header, ...rows] = within(departments).getAllByRole('row');
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Hạng', 'Đơn vị', 'Điểm tự đánh giá', 'Điểm thẩm định / tối đa', 'Chỉ số (%)', 'Xếp loại']);
    expect(rows.map(cells)).toEqual([
      ['1', 'Sở Nội vụ', '79,25', '94,97 / 100,00', '94,97', 'Xuất sắc'],
      ['2', 'Sở X', '4,50', '3,00 / 4,50', '66,67', 'Khá'],
      ['3', 'Sở Y', '0,00', '0,00 / 0,00', '—', '—'],
    ]);
    const districts = screen.getByRole('table', { name: 'UBND cấp huyện' });
    expect(cells(within(districts).getAllByRole('row')[1])).toEqual(['1', 'UBND huyện Suối Lam', '63,50', '62,11 / 100,00', '62,11', 'Trung bình']);
    expect(screen.getByText('Chỉ số CCHC năm 2025 (demo-2025)')).toBeTruthy();
    expect(api.requests.every((request) => request.headers.get('authorization')?.startsWith('Bearer '))).toBe(true);
  });

  it('the English switch rewrites headings, classes and figures', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({ 'GET /api/v1/cycles/demo-2025': overview, 'GET /api/v1/cycles/demo-2025/results': results });
    renderApp('/cycles/demo-2025/results');

    await screen.findByRole('table', { name: 'Sở, ban, ngành' });
    fireEvent.click(screen.getByText('EN'));

    const departments = await screen.findByRole('table', { name: 'Sở, ban, ngành' });
    expect(within(departments).getByRole('columnheader', { name: 'Appraised / max' })).toBeTruthy();
    expect(cells(within(departments).getAllByRole('row')[1])).toEqual(['1', 'Sở Nội vụ', '79.25', '94.97 / 100.00', '94.97', 'Excellent']);
  });

  it('an unknown cycle: the refusal in Vietnamese, and the picker to choose another', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({
      'GET /api/v1/cycles/khong-co': () => problem(404, { code: 'CYCLE_NOT_FOUND', title: 'Không tìm thấy', detail: 'cycle "khong-co" does not exist' }),
      'GET /api/v1/cycles/khong-co/results': { cycle: 'khong-co', groups: [] },
    });
    renderApp('/cycles/khong-co/results');

    expect(await screen.findByText('Không tìm thấy kỳ đánh giá này.')).toBeTruthy();
    expect(screen.getByLabelText('Kỳ đánh giá')).toBeTruthy();
  });

  it('/results without a cycle asks for one from the list of cycles, then opens it', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({ 'GET /api/v1/cycles': cycles, 'GET /api/v1/cycles/demo-2025': overview, 'GET /api/v1/cycles/demo-2025/results': results });
    renderApp('/results');

    expect(await screen.findByText('Chọn kỳ đánh giá để xem kết quả.')).toBeTruthy();
    fireEvent.mouseDown(screen.getByLabelText('Kỳ đánh giá'));
    fireEvent.click(await screen.findByText('Chỉ số CCHC năm 2025 (demo-2025)', { selector: '.ant-select-item-option-content' }));

    expect(await screen.findByRole('table', { name: 'Sở, ban, ngành' })).toBeTruthy();
    expect(localStorage.getItem('par.cycle')).toBe('demo-2025');
  });

  it('a gateway without the list of cycles: the id is typed instead', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({ 'GET /api/v1/cycles/demo-2025': overview, 'GET /api/v1/cycles/demo-2025/results': results });
    renderApp('/results');

    fireEvent.change(await screen.findByRole('searchbox', { name: 'Kỳ đánh giá' }), { target: { value: 'demo-2025' } });
    fireEvent.click(screen.getByRole('button', { name: /Xem/ }));

    expect(await screen.findByRole('table', { name: 'Sở, ban, ngành' })).toBeTruthy();
  });
});
