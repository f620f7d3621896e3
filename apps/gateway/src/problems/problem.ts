/**
 * RFC 9457 problem details, as every error of the HTTP API is answered (`application/problem+json`).
 * `code` and `field` are our extension members: the same string-literal code the services refuse with,
 * and the request field at fault (as the client sent it, e.g. `points`), '' when no single field is.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  field: string;
  instance?: string;
  /** Every problem, when a whole input was checked at once (several fields wrong). */
  errors?: ProblemItem[];
}

export interface ProblemItem {
  code: string;
  field: string;
  detail: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Short Vietnamese summaries of a status, the same for every occurrence (RFC 9457 `title`). */
const TITLES: Record<number, string> = {
  400: 'Yêu cầu sai định dạng',
  401: 'Chưa xác thực',
  403: 'Không có quyền thực hiện',
  404: 'Không tìm thấy',
  409: 'Xung đột với trạng thái hiện tại',
  413: 'Dữ liệu gửi lên quá lớn',
  415: 'Kiểu nội dung không được hỗ trợ',
  422: 'Dữ liệu không hợp lệ',
  500: 'Lỗi hệ thống',
  501: 'Chức năng chưa có ở chế độ này',
  503: 'Dịch vụ tạm thời không sẵn sàng',
  504: 'Dịch vụ phía sau không trả lời kịp',
};

export function titleOf(status: number): string {
  return TITLES[status] ?? (status >= 500 ? TITLES[500] : 'Yêu cầu không được chấp nhận');
}

/** The problem type URI of a code: a stable name clients can switch on (not meant to be dereferenced). */
export function typeOf(code: string): string {
  return `urn:par:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

/** A refusal raised inside the gateway (auth, validation); the problem filter writes it as is. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly field = '',
    readonly errors?: ProblemItem[],
  ) {
    super(detail);
    this.name = 'ProblemError';
  }
}
