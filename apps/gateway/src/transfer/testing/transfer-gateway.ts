import type { INestApplication } from '@nestjs/common';
import { freePort } from '@par/testing';
import { type DevTokenClaims, signDevToken } from '../../auth/dev-token';
import { createGatewayApp } from '../../gateway.app';
import type { CycleTransfer } from '../cycle-transfer.port';

const SECRET = 'test-secret-for-the-transfer-routes-0123456789';

export interface TransferReply {
  status: number;
  contentType: string;
  headers: Headers;
  /** Parsed when JSON, the bytes otherwise. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, read by the specs field by field
  body: any;
}

export interface TransferRequest {
  as?: DevTokenClaims;
  /** A multipart body (fetch sets its content type and boundary). */
  form?: FormData;
  /** Any other body, sent as is with its own content type. */
  raw?: { contentType: string; body: string | Buffer };
}

export interface TransferGateway {
  request: (method: string, path: string, options?: TransferRequest) => Promise<TransferReply>;
  close: () => Promise<void>;
}

/**
 * The gateway alone, with the given transfer (or none, as in distributed mode). The transfer routes call
 * no service: the services' address is one nobody listens at.
 */
export async function startTransferGateway(transfer: CycleTransfer | undefined): Promise<TransferGateway> {
  const nobody = `127.0.0.1:${await freePort()}`;
  const app: INestApplication = await createGatewayApp({ services: { submissions: nobody }, auth: { secret: SECRET } }, { transfer });
  const port = await freePort();
  await app.listen(port, '127.0.0.1');
  return {
    request: async (method, path, options = {}) => {
      const headers: Record<string, string> = {};
      if (options.as) headers.authorization = `Bearer ${await signDevToken(options.as, SECRET)}`;
      if (options.raw) headers['content-type'] = options.raw.contentType;
      const body = options.form ?? (options.raw ? new Uint8Array(Buffer.from(options.raw.body)) : undefined);
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers, body });
      const contentType = response.headers.get('content-type') ?? '';
      const bytes = Buffer.from(await response.arrayBuffer());
      return {
        status: response.status,
        contentType,
        headers: response.headers,
        body: /json/.test(contentType) && bytes.length ? JSON.parse(bytes.toString('utf8')) : bytes,
      };
    },
    close: () => app.close(),
  };
}

/** A multipart form with the given file parts (name, type, content) and text fields. */
export function formWith(files: { part?: string; name: string; type: string; content: string | Buffer }[], fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const file of files) form.append(file.part ?? 'file', new Blob([new Uint8Array(Buffer.from(file.content))], { type: file.type }), file.name);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}
