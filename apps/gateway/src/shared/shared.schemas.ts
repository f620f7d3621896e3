import { idProblem } from '@par/grpc-server';
import { z } from 'zod';
import { dto } from '../openapi/dto';

/** Points and other decimals: a JSON number or a string ("1.50"), passed on as a string (the services check places and steps). */
export const decimal = z
  .union([z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a decimal number such as "1.50"'), z.number().finite()], {
    error: 'expected a decimal number, as a number or a string such as "1.50"',
  })
  .transform((value) => (typeof value === 'number' ? String(value) : value))
  .meta({ description: 'Số thập phân, tối đa 2 chữ số lẻ, dạng số hoặc chuỗi ("1.50")', example: '1.50' });

/** Points and other decimals as the API answers them: strings with their places ("1.50"). */
export const decimalText = (description: string) => z.string().meta({ description, example: '1.50' });

/** An id that names a stream or a record: letters, digits and . _ - (no spaces). */
export const id = (description: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'letters, digits and . _ - only (at most 128)')
    .meta({ description });

/** An id as the services accept it (requiredId), for a query parameter naming a record the client did not name itself. */
export const acceptedId = (description: string) =>
  z
    .string()
    .superRefine((value, context) => {
      const problem = idProblem(value, 'the id');
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .meta({ description });

export const text = (description: string) => z.string().trim().min(1, 'must not be empty').meta({ description });

export const Threshold = dto(
  'Threshold',
  z
    .strictObject({
      class: text('Mã xếp loại, ví dụ XUAT_SAC, TOT, KHA'),
      label: text('Tên xếp loại, ví dụ "Xuất sắc"'),
      minIndex: decimal.meta({ description: 'Chỉ số tối thiểu (%) để đạt xếp loại', example: '90' }),
    })
    .meta({ description: 'Ngưỡng xếp loại (từ chỉ số tối thiểu trở lên)' }),
);

export const Evidence = dto(
  'Evidence',
  z
    .strictObject({
      title: text('Tên tài liệu kiểm chứng'),
      documentNo: z.string().optional().meta({ description: 'Số, ký hiệu văn bản, ví dụ 12/KH-STP' }),
      date: z.string().optional().meta({ description: 'Ngày ban hành, YYYY-MM-DD' }),
      section: z.string().optional().meta({ description: 'Mục, trang chứng minh tiêu chí' }),
      fileRef: z.string().optional().meta({ description: 'Tham chiếu tệp đính kèm' }),
    })
    .meta({ description: 'Tài liệu kiểm chứng (minh chứng)' }),
);

export const CommandResult = dto(
  'CommandResult',
  z
    .object({
      streamId: z.string().meta({ description: 'Luồng sự kiện đã ghi, ví dụ cycle:tinh-demo-2025' }),
      version: z.number().int().meta({ description: 'Phiên bản của luồng sau lệnh' }),
      eventsAppended: z.number().int().meta({ description: 'Số sự kiện đã ghi (0: lệnh không thay đổi gì, ví dụ gửi lại)' }),
    })
    .meta({ description: 'Kết quả của một lệnh' }),
);

const ProblemItem = z.object({ code: z.string(), field: z.string(), detail: z.string() });

export const Problem = dto(
  'Problem',
  z
    .object({
      type: z.string().meta({ description: 'URI loại lỗi, ví dụ urn:par:problem:score-off-step' }),
      title: z.string().meta({ description: 'Tóm tắt lỗi (tiếng Việt)' }),
      status: z.number().int(),
      detail: z.string().meta({ description: 'Giải thích cụ thể' }),
      code: z.string().meta({ description: 'Mã lỗi, ví dụ SCORE_OFF_STEP, WRONG_UNIT' }),
      field: z.string().meta({ description: 'Trường dữ liệu bị lỗi, ví dụ points; rỗng nếu không thuộc trường nào' }),
      instance: z.string().optional(),
      errors: z.array(ProblemItem).optional().meta({ description: 'Mọi lỗi, khi có nhiều trường sai' }),
    })
    .meta({ description: 'Lỗi theo RFC 9457 (application/problem+json)' }),
);
