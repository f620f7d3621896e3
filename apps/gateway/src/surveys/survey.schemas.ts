import { z } from 'zod';
import { dto } from '../openapi/dto';

/**
 * A campaign file (INTERCHANGE.md "Surveys", `"format": "par-survey/1"`), as the body of `POST /surveys`.
 * The gateway checks it is one; the survey service checks the rest (campaign, questionnaire, scoring) and
 * names the field at fault, so the file is passed on whole, as written.
 */
export const CampaignFileBody = dto(
  'SurveyCampaignFile',
  z
    .looseObject({
      format: z.literal('par-survey/1', { error: 'expected "par-survey/1": the body is a campaign file (INTERCHANGE.md "Surveys")' }),
      campaign: z
        .looseObject({})
        .meta({ description: 'id, cycle, kind (SIPAS, SOCIOLOGICAL, PAPI, DGI), title', example: { id: 'sipas-2025', cycle: 'demo-2025', kind: 'SIPAS' } }),
      questionnaire: z.looseObject({}).meta({ description: 'scale { min, max, satisfied[] } và aspects[{ code, title, questions[{ code, text }] }]' }),
      scoring: z.array(z.looseObject({})).meta({ description: 'Các tiêu chí lá nhận điểm từ khảo sát: [{ criterion, group }]' }),
    })
    .meta({ description: 'Tệp đợt khảo sát "format": "par-survey/1" (INTERCHANGE.md, mục Surveys)' }),
);

/** `?kind=PAPI|DGI` of the published trend; absent: every index of the province. */
export const TrendQuery = z.object({ kind: z.enum(['PAPI', 'DGI'], { error: 'must be PAPI or DGI' }).optional() });
