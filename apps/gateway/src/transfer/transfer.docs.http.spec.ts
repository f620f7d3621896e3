import { FakeCycleTransfer } from './testing/fake-cycle-transfer';
import { startTransferGateway, TransferGateway } from './testing/transfer-gateway';

jest.setTimeout(60_000);

describe('the OpenAPI document describes the transfer routes', () => {
  let gateway: TransferGateway;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the OpenAPI document, read path by path
  let document: any;

  beforeAll(async () => {
    gateway = await startTransferGateway(new FakeCycleTransfer());
    document = (await gateway.request('GET', '/api/docs-json')).body;
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('lists the import, its status and the export, with bearer auth', () => {
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/imports', '/api/v1/imports/{importId}', '/api/v1/cycles/{cycleId}/export']));
    expect(document.paths['/api/v1/imports'].post.security).toEqual([{ bearer: [] }]);
  });

  it('the import takes a multipart file and answers 202, 400, 413, 415, 422, 501', () => {
    const post = document.paths['/api/v1/imports'].post;
    expect(post.requestBody.content['multipart/form-data'].schema).toEqual(
      expect.objectContaining({ type: 'object', required: ['file'], properties: { file: expect.objectContaining({ type: 'string', format: 'binary' }) } }),
    );
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['202', '400', '401', '403', '413', '415', '422', '501']));
    expect(post.responses['202'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ImportStatus' });
    expect(post.responses['202'].headers.Location).toBeDefined();
    expect(post.responses['422'].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/ImportRefused' });
  });

  it('the status and problem shapes are components', () => {
    const { ImportStatus, ImportRefused, TransferProblem } = document.components.schemas;
    expect(ImportStatus.properties.state.enum).toEqual(['queued', 'running', 'succeeded', 'failed']);
    expect(ImportStatus.properties.problems.items).toEqual({ $ref: '#/components/schemas/TransferProblem' });
    expect(ImportRefused.properties.problems.items).toEqual({ $ref: '#/components/schemas/TransferProblem' });
    expect(Object.keys(TransferProblem.properties)).toEqual(['code', 'message', 'field', 'sheet', 'row', 'column', 'unit', 'criterion']);
  });

  it('the export answers JSON or a binary workbook, and says which formats it takes', () => {
    const get = document.paths['/api/v1/cycles/{cycleId}/export'].get;
    expect(get.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'format', in: 'query', required: false })]));
    expect(get.responses['200'].content['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'].schema).toEqual(
      expect.objectContaining({ type: 'string', format: 'binary' }),
    );
    expect(Object.keys(get.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '501']));
  });
});
