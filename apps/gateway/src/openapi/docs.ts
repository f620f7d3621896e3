import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { dtoComponents } from './dto';

export const DOCS_PATH = 'api/docs';

const DESCRIPTION = [
  'API của nền tảng Chỉ số cải cách hành chính (Chỉ số CCHC / PAR Index): thiết lập kỳ đánh giá, tự đánh giá, tra cứu.',
  '',
  '- Xác thực: `Authorization: Bearer <JWT>` với các claim `sub`, `roles`, `unitId`, `tenant`.',
  '- Điểm là số thập phân tối đa 2 chữ số lẻ, gửi dạng số hoặc chuỗi ("1.50"); trả về dạng chuỗi.',
  '- Mọi lỗi trả về `application/problem+json` (RFC 9457) với `code` và `field` chỉ ra trường sai.',
  '- Gửi `x-correlation-id` để theo dõi một thao tác qua các dịch vụ; nếu không có, hệ thống tự tạo.',
].join('\n');

/** OpenAPI at /api/docs (Swagger UI) and /api/docs-json, with the zod-derived shapes as components. */
export function setUpDocs(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('PAR Index API — Chỉ số CCHC')
    .setDescription(DESCRIPTION)
    .setVersion('v1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Mã thông báo JWT do hệ thống đăng nhập cấp' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...(dtoComponents() as Record<string, never>) } };
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json`, customSiteTitle: 'PAR Index API — Chỉ số CCHC' });
}
