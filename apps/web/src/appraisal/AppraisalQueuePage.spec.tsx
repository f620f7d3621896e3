import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem } from '../testing/fake-api';
import { renderApp } from '../testing/render-app';
import { appraiserToken, CYCLE, overview, queue } from './appraisal.fixture';

// Cells by tag: role queries over a whole antd screen are slow in jsdom.
const rowsOf = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr[data-row-key]')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));

/** antd's Select opens on a mouse down on its frame; its options are in a dropdown named after the field's id. */
async function choose(label: string, option: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input.closest('.ant-select') as HTMLElement);
  const list = await waitFor(() => document.getElementById(`${input.id}_list`) ?? Promise.reject(new Error('no dropdown')));
  fireEvent.click(within(list.closest('.ant-select-dropdown') as HTMLElement).getByTitle(option));
}

// A whole screen with antd's selects in jsdom: well over the default 20 s on a loaded 2-core machine.
describe('Thẩm định: the queue of the cycle’s units', { timeout: 120_000 }, () => {
  it('every unit with its group, whether it submitted, and its appraisal phase; each opens its sheet', async () => {
    sessionStorage.setItem('par.token', appraiserToken());
    fakeApi({ [`GET /api/v1/cycles/${CYCLE}`]: overview, [`GET /api/v1/cycles/${CYCLE}/appraisals`]: queue });
    renderApp(`/cycles/${CYCLE}/appraisal`);

    const table = await screen.findByRole('table', { name: 'Các đơn vị cần thẩm định' });
    expect(rowsOf(table)).toEqual([
      ['Sở Tư pháp', 'Sở, ban, ngành', 'Đã nộp', 'Đã gửi kết quả'],
      ['Sở Y tế', 'Sở, ban, ngành', 'Chưa nộp', 'Chưa bắt đầu'],
      ['UBND huyện A', 'UBND cấp huyện', 'Đã nộp', 'Đang thẩm định'],
    ]);
    expect(screen.getByRole('link', { name: 'Mở bảng thẩm định của Sở Tư pháp' }).getAttribute('href')).toBe(`/cycles/${CYCLE}/appraisal/so-tu-phap`);
    expect(localStorage.getItem('par.cycle')).toBe(CYCLE);
  });

  it('filters by group and by phase', async () => {
    sessionStorage.setItem('par.token', appraiserToken());
    fakeApi({ [`GET /api/v1/cycles/${CYCLE}`]: overview, [`GET /api/v1/cycles/${CYCLE}/appraisals`]: queue });
    renderApp(`/cycles/${CYCLE}/appraisal`);
    const table = await screen.findByRole('table', { name: 'Các đơn vị cần thẩm định' });

    await choose('Nhóm', 'Sở, ban, ngành');
    expect(rowsOf(table).map(([unit]) => unit)).toEqual(['Sở Tư pháp', 'Sở Y tế']);
    await choose('Tình trạng', 'Chưa bắt đầu');
    expect(rowsOf(table).map(([unit]) => unit)).toEqual(['Sở Y tế']);
  });

  it('an unknown cycle: the refusal in Vietnamese, and the picker to choose another', async () => {
    sessionStorage.setItem('par.token', appraiserToken());
    const notFound = () => problem(404, { code: 'CYCLE_NOT_FOUND', title: 'Không tìm thấy', detail: 'cycle "khong-co" does not exist' });
    fakeApi({ 'GET /api/v1/cycles/khong-co': notFound, 'GET /api/v1/cycles/khong-co/appraisals': notFound });
    renderApp('/cycles/khong-co/appraisal');

    expect(await screen.findByText('Không tìm thấy kỳ đánh giá này.')).toBeTruthy();
    expect(screen.getByLabelText('Kỳ đánh giá')).toBeTruthy();
  });
});
