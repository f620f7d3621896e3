import { dtoComponents } from '../openapi/dto';
import { ProgressView, progressView } from './progress.view';

const beforeTheSurvey = { secured: '51.39', surveyHeld: '6.00', applicableMax: '66.50', projected: '52.50' };

describe('GET …/units/{unitId}/progress as HTTP shows it', () => {
  it('passes the figures on as the service sends them: the survey gave 3.26 of the 4.00 of 3.5, 2.00 still pending', () =>
    expect(progressView({ ...beforeTheSurvey, secured: '54.65', surveyGiven: '3.26', surveyPending: '2.00', projected: '55.02' })).toEqual({
      secured: '54.65',
      surveyHeld: '6.00',
      surveyGiven: '3.26',
      surveyPending: '2.00',
      applicableMax: '66.50',
      projected: '55.02',
    }));

  it('a figure the service did not send (a submissions service that predates it) is null, never ""', () => {
    expect(progressView(beforeTheSurvey)).toEqual({ ...beforeTheSurvey, surveyGiven: null, surveyPending: null });
    expect(progressView({ ...beforeTheSurvey, surveyGiven: '', surveyPending: '' })).toEqual({ ...beforeTheSurvey, surveyGiven: null, surveyPending: null });
  });

  it('what it shows is what its documented shape accepts', () => {
    expect(ProgressView.safeParse(progressView(beforeTheSurvey)).success).toBe(true);
    expect(ProgressView.safeParse(progressView({ ...beforeTheSurvey, surveyGiven: '0.00', surveyPending: '6.00' })).success).toBe(true);
  });

  it('documents surveyGiven and surveyPending as nullable decimals, the other figures as required', () => {
    const schema = dtoComponents().ProgressView as { properties: Record<string, { nullable?: boolean }>; required: string[] };
    expect(schema.properties.surveyGiven).toEqual(expect.objectContaining({ type: 'string', nullable: true }));
    expect(schema.properties.surveyPending).toEqual(expect.objectContaining({ type: 'string', nullable: true }));
    expect(schema.required).toEqual(expect.arrayContaining(['secured', 'surveyHeld', 'surveyGiven', 'surveyPending', 'applicableMax', 'projected']));
  });
});
