import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../testing/fake-api';
import { renderApp } from '../testing/render-app';
import { adminToken, inHours, tokenWith } from '../testing/tokens';

const noCycle = { 'GET /api/v1/cycles/demo-2025': () => json(404, {}) };

function paste(token: string) {
  fireEvent.change(screen.getByLabelText('Mã thông báo'), { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('signing in with the gateway’s token', () => {
  it('a screen behind sign-in sends the visitor to the sign-in page, in Vietnamese', async () => {
    fakeApi({});
    renderApp('/results');

    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.getByText('Dán mã thông báo (JWT) do hệ thống đăng nhập của tỉnh cấp cho bạn.')).toBeTruthy();
  });

  it('a pasted token that can never work is refused next to the field', async () => {
    fakeApi({});
    renderApp('/sign-in');

    paste('xin chào');
    expect(await screen.findByText('Mã thông báo không đúng định dạng JWT')).toBeTruthy();

    paste(tokenWith({ sub: 'a', roles: ['APPRAISER'], exp: inHours(-1) }));
    expect(await screen.findByText('Mã thông báo đã hết hạn')).toBeTruthy();
    expect(sessionStorage.getItem('par.token')).toBeNull();
  });

  it('a good token is kept for the tab, and its roles decide the menu', async () => {
    fakeApi(noCycle);
    renderApp('/sign-in');
    const token = tokenWith({ sub: 'reporter.sotuphap', roles: ['UNIT_REPORTER'], unitId: 'so-tu-phap', exp: inHours(8) });

    paste(token);

    expect(await screen.findByText('reporter.sotuphap')).toBeTruthy();
    expect(sessionStorage.getItem('par.token')).toBe(token);
    expect(screen.getByText(/Cán bộ đầu mối của đơn vị · so-tu-phap/)).toBeTruthy();
    const menu = screen.getByRole('navigation');
    expect(menu.textContent).toContain('Tự đánh giá');
    expect(menu.textContent).not.toContain('Thiết lập kỳ đánh giá');
  });

  it('without demo accounts (a real deployment, 404) the page offers only the token field', async () => {
    const api = fakeApi({});
    renderApp('/sign-in');

    await waitFor(() => expect(api.requests.map((request) => new URL(request.url).pathname)).toContain('/api/v1/demo/accounts'));
    expect(screen.queryByText('Tài khoản dùng thử')).toBeNull();
  });

  it('in the demo, one click on an account signs in as that role', async () => {
    const token = adminToken();
    fakeApi({
      ...noCycle,
      'GET /api/v1/demo/accounts': [
        { sub: 'admin.sonoivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu', token },
        { sub: 'viewer.bonoivu', role: 'NATIONAL_VIEWER', unitId: null, token: tokenWith({ sub: 'viewer.bonoivu', roles: ['NATIONAL_VIEWER'] }) },
      ],
    });
    renderApp('/sign-in');

    expect(await screen.findByText('Tài khoản dùng thử')).toBeTruthy();
    expect(screen.getByText('Bộ Nội vụ (xem)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập: admin.sonoivu' }));

    expect(await screen.findByText('admin.sonoivu')).toBeTruthy();
    expect(sessionStorage.getItem('par.token')).toBe(token);
    expect(screen.getByRole('navigation').textContent).toContain('Thiết lập kỳ đánh giá');
  });

  it('signing out forgets the token', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({});
    renderApp('/results');

    fireEvent.click(await screen.findByRole('button', { name: /Đăng xuất/ }));

    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    expect(sessionStorage.getItem('par.token')).toBeNull();
  });
});
