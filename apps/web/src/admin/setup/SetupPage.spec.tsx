import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../testing/fake-api';
import { renderApp } from '../../testing/render-app';
import { adminToken } from '../../testing/tokens';

const setupOverview = {
  cycleId: 'cchc-2026',
  year: 2026,
  title: 'Chỉ số CCHC năm 2026',
  evaluator: 'ubnd-tinh',
  status: 'setup',
  selfAssessmentDue: null,
  groups: [{ groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' }],
  units: [{ unitId: 'so-tu-phap', name: 'Sở Tư pháp', groupId: 'departments', parentId: null }],
  criteriaSets: [
    {
      criteriaSetId: 'set-departments',
      version: 1,
      maxTotal: '3.50',
      leafCount: 2,
      criteria: [
        {
          code: '1',
          title: 'Công tác chỉ đạo, điều hành CCHC',
          children: [
            { code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: '1.00', method: { kind: 'manual', step: '0.25' }, source: 'self' },
            { code: '1.2', title: 'Điều tra xã hội học', maxPoints: '2.50', method: { kind: 'manual', step: '0.01' }, source: 'survey' },
          ],
        },
      ],
    },
  ],
};

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

// A whole antd screen per test, typed into and clicked through: on a busy 2-core machine that takes well over 20 s.
describe('Thiết lập kỳ đánh giá: the province admin sets a cycle up', { timeout: 120_000 }, () => {
  it('creates a cycle with the common thresholds, then sets it up', async () => {
    sessionStorage.setItem('par.token', adminToken());
    const api = fakeApi({
      'POST /api/v1/cycles': () => json(201, { streamId: 'cycle:cchc-2026', version: 1, eventsAppended: 1 }),
      'GET /api/v1/cycles/cchc-2026': setupOverview,
    });
    renderApp('/setup');

    await screen.findByRole('heading', { name: 'Tạo kỳ đánh giá mới' });
    type('Mã kỳ đánh giá', 'cchc-2026');
    type('Cơ quan đánh giá (mã)', 'ubnd-tinh');
    type('Tên kỳ đánh giá', 'Chỉ số CCHC năm 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo kỳ đánh giá' }));

    expect(await screen.findByRole('heading', { name: 'Chỉ số CCHC năm 2026 (cchc-2026, 2026)' })).toBeTruthy();
    const created = api.requests.find((request) => request.method === 'POST');
    expect(await created?.json()).toEqual({
      cycleId: 'cchc-2026',
      year: new Date().getFullYear(),
      title: 'Chỉ số CCHC năm 2026',
      evaluator: 'ubnd-tinh',
      thresholds: [
        { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: '90' },
        { class: 'TOT', label: 'Tốt', minIndex: '80' },
        { class: 'KHA', label: 'Khá', minIndex: '65' },
        { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: '50' },
        { class: 'YEU', label: 'Yếu', minIndex: '0' },
      ],
    });
  });

  it('a refused cycle: the reason in Vietnamese under the field it names, and what was typed kept', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({
      'POST /api/v1/cycles': () =>
        problem(409, { code: 'CYCLE_ALREADY_EXISTS', title: 'Xung đột', detail: 'cycle "demo-2025" already exists with other settings', field: 'cycleId' }),
    });
    renderApp('/setup');

    await screen.findByRole('heading', { name: 'Tạo kỳ đánh giá mới' });
    type('Mã kỳ đánh giá', 'demo-2025');
    type('Cơ quan đánh giá (mã)', 'ubnd-tinh');
    type('Tên kỳ đánh giá', 'Chỉ số CCHC năm 2025');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo kỳ đánh giá' }));

    expect(await screen.findByText('Đã có kỳ đánh giá với mã này (với thông tin khác).')).toBeTruthy();
    expect((screen.getByLabelText('Mã kỳ đánh giá') as HTMLInputElement).value).toBe('demo-2025');
    expect((screen.getByLabelText('Tên kỳ đánh giá') as HTMLInputElement).value).toBe('Chỉ số CCHC năm 2025');
  });

  it('the criteria tree: running sums per field and for the set, a warning off 100, a leaf added and the set saved', async () => {
    sessionStorage.setItem('par.token', adminToken());
    const api = fakeApi({
      'GET /api/v1/cycles/cchc-2026': setupOverview,
      'POST /api/v1/cycles/cchc-2026/criteria-sets': () => json(201, { streamId: 'cycle:cchc-2026', version: 3, eventsAppended: 1 }),
    });
    renderApp('/cycles/cchc-2026/setup');

    const tree = await screen.findByRole('table', { name: 'Cây tiêu chí của bộ set-departments' });
    const rows = within(tree).getAllByRole('row');
    expect(cells(rows[1]).slice(0, 5)).toEqual(['1', 'Công tác chỉ đạo, điều hành CCHC', '3,50', '', '']);
    expect(cells(rows[2]).slice(0, 5)).toEqual(['1.1', 'Kế hoạch CCHC năm', '1,00', 'Chấm theo bước, bước 0,25', 'Đơn vị tự chấm']);
    expect(screen.getByText('Tổng điểm tối đa của bộ tiêu chí là 3,50, không phải 100.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Thêm tiêu chí con của 1' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('Mã') as HTMLInputElement).value).toBe('1.3');
    fireEvent.change(within(dialog).getByLabelText('Tên tiêu chí'), { target: { value: 'Kiểm tra công tác CCHC' } });
    fireEvent.change(within(dialog).getByLabelText('Điểm tối đa'), { target: { value: '96,5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cập nhật vào cây' }));

    await waitFor(() => expect(cells(within(tree).getAllByRole('row')[1])[2]).toBe('100,00'));
    expect(screen.queryByText(/không phải 100/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bộ tiêu chí' }));

    expect(await screen.findByText('Đã lưu bộ tiêu chí set-departments.')).toBeTruthy();
    const saved = (await api.requests.find((request) => request.method === 'POST')?.json()) as { criteria: { children: unknown[] }[] };
    expect(saved.criteria[0].children[2]).toEqual({
      code: '1.3',
      title: 'Kiểm tra công tác CCHC',
      maxPoints: '96.50',
      method: { kind: 'manual', step: '0.25' },
      source: 'self',
    });
  });

  it('a refused set: each reason in Vietnamese on the criterion it names, the tree as edited', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({
      'GET /api/v1/cycles/cchc-2026': setupOverview,
      'POST /api/v1/cycles/cchc-2026/criteria-sets': () =>
        problem(422, {
          code: 'METHOD_MAX_OFF_STEP',
          title: 'Dữ liệu không hợp lệ',
          detail: 'maxPoints 2.50 is not a multiple of the step',
          field: 'criteria[1.2].method.step',
          errors: [{ code: 'METHOD_MAX_OFF_STEP', field: 'criteria[1.2].method.step', detail: 'maxPoints 2.50 is not a multiple of the step' }],
        }),
    });
    renderApp('/cycles/cchc-2026/setup');

    const tree = await screen.findByRole('table', { name: 'Cây tiêu chí của bộ set-departments' });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bộ tiêu chí' }));

    const alert = await within(tree).findByRole('alert');
    expect(alert.textContent).toBe('Điểm tối đa phải là bội số của bước điểm.');
    expect(cells(alert.closest('tr') as HTMLElement)[0]).toBe('1.2');
  });

  it('an open cycle: its sets shown frozen, no editing', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({ 'GET /api/v1/cycles/cchc-2026': { ...setupOverview, status: 'open' } });
    renderApp('/cycles/cchc-2026/setup');

    expect(await screen.findByRole('table', { name: 'Bộ tiêu chí set-departments (phiên bản 1, đã cố định)' })).toBeTruthy();
    expect(screen.getByText(/Kỳ đánh giá đã mở/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lưu bộ tiêu chí' })).toBeNull();
  });

  it('registers a unit under a parent; a refusal naming the parent shows under it', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({
      'GET /api/v1/cycles/cchc-2026': setupOverview,
      'POST /api/v1/cycles/cchc-2026/units': () =>
        problem(422, { code: 'UNIT_PARENT_UNKNOWN', title: 'Dữ liệu không hợp lệ', detail: 'parent unit "x" is not registered', field: 'parentId' }),
    });
    renderApp('/cycles/cchc-2026/setup');

    fireEvent.click(await screen.findByRole('tab', { name: 'Đơn vị' }));
    expect(await screen.findByRole('table', { name: 'Các đơn vị được đánh giá' })).toBeTruthy();
    type('Mã đơn vị', 'phong-tu-phap');
    type('Tên đơn vị', 'Phòng Tư pháp');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Nhóm' }));
    fireEvent.click(await screen.findByTitle('Sở, ban, ngành'));
    fireEvent.click(screen.getByRole('button', { name: 'Đăng ký đơn vị' }));

    expect(await screen.findByText('Đơn vị cấp trên chưa được đăng ký (đăng ký đơn vị cấp trên trước).')).toBeTruthy();
    expect((screen.getByLabelText('Mã đơn vị') as HTMLInputElement).value).toBe('phong-tu-phap');
  });
});
