import { GatewayHarness, startGateway } from '../testing/gateway-harness';

jest.setTimeout(60_000);

describe('the API describes itself', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await startGateway('gateway_docs');
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('/api/docs serves the Swagger UI page', async () => {
    const reply = await gateway.request('GET', '/api/docs');
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/text\/html/);
    expect(reply.body).toContain('swagger');
  });

  it('/api/docs-json lists the routes, bearer auth and the body shapes', async () => {
    const { status, body: document } = await gateway.request('GET', '/api/docs-json');
    expect(status).toBe(200);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/cycles',
        '/api/v1/cycles/{cycleId}',
        '/api/v1/cycles/{cycleId}/groups',
        '/api/v1/cycles/{cycleId}/criteria-sets',
        '/api/v1/cycles/{cycleId}/criteria-sets/{criteriaSetId}/corrections',
        '/api/v1/cycles/{cycleId}/units',
        '/api/v1/cycles/{cycleId}/applicability',
        '/api/v1/cycles/{cycleId}/deadlines',
        '/api/v1/cycles/{cycleId}/open',
        '/api/v1/cycles/{cycleId}/close',
        '/api/v1/cycles/{cycleId}/units/{unitId}/self-assessment',
        '/api/v1/cycles/{cycleId}/units/{unitId}/self-assessment/scores/{criterion}',
        '/api/v1/cycles/{cycleId}/units/{unitId}/self-assessment/submit',
        '/api/v1/cycles/{cycleId}/units/{unitId}/self-assessment/reopen',
        '/api/v1/cycles/{cycleId}/units/{unitId}/progress',
      ]),
    );
    const scoring = document.paths['/api/v1/cycles/{cycleId}/units/{unitId}/self-assessment/scores/{criterion}'];
    expect(Object.keys(scoring).sort()).toEqual(['delete', 'put']);
    expect(scoring.put.security).toEqual([{ bearer: [] }]);
    expect(
      scoring.put.parameters.map((parameter: { name: string; in: string; description?: string }) => [
        parameter.name,
        parameter.in,
        Boolean(parameter.description),
      ]),
    ).toEqual([
      ['cycleId', 'path', true],
      ['unitId', 'path', true],
      ['criterion', 'path', true],
    ]);
    expect(scoring.put.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ScoreCriterion' });
    expect(document.components.securitySchemes.bearer).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    expect(document.components.schemas.ScoreCriterion.required).toEqual(['points']);
    expect(document.components.schemas.CriterionNode.properties.children.items).toEqual({ $ref: '#/components/schemas/CriterionNode' });
    expect(document.components.schemas.Problem.properties).toEqual(expect.objectContaining({ code: expect.any(Object), field: expect.any(Object) }));
  });

  it('says which answered values may be absent: nullable, as the API answers them (null, never an empty string)', async () => {
    const { schemas } = (await gateway.request('GET', '/api/docs-json')).body.components;
    const nullable = (schema: { properties: Record<string, { nullable?: boolean }> }, ...names: string[]) =>
      names.map((name) => [name, schema.properties[name].nullable]);
    const leafOf = (name: string) => schemas[name].properties.leaves.items;
    expect(nullable(leafOf('SelfAssessmentView'), 'points', 'note', 'maxPoints')).toEqual([
      ['points', true],
      ['note', true],
      ['maxPoints', undefined],
    ]);
    expect(nullable(leafOf('AppraisalSheet'), 'selfPoints', 'points')).toEqual([
      ['selfPoints', true],
      ['points', true],
    ]);
    expect(nullable(schemas.AppraisalSheet, 'sentAt', 'explanationDeadline', 'finalizedAt')).toEqual([
      ['sentAt', true],
      ['explanationDeadline', true],
      ['finalizedAt', true],
    ]);
    expect(nullable(schemas.CycleOverview, 'selfAssessmentDue')).toEqual([['selfAssessmentDue', true]]);
    expect(nullable(schemas.AuditTrail.properties.entries.items, 'fromPoints', 'toPoints', 'criterion', 'actorUnitId')).toEqual([
      ['fromPoints', true],
      ['toPoints', true],
      ['criterion', true],
      ['actorUnitId', true],
    ]);
    expect(nullable(schemas.PublishedDecisions.properties.revisions.items, 'reason', 'previousSnapshotHash')).toEqual([
      ['reason', true],
      ['previousSnapshotHash', true],
    ]);
    expect(schemas.SelfAssessmentView.properties.leaves.items.required).toEqual(expect.arrayContaining(['points', 'note']));
  });
});
