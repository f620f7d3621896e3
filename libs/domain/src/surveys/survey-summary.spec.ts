import { AspectFigures, summarizeSurvey, SurveyFigures, unwrapSurvey, wilsonInterval } from '..';
import { SIPAS_2025_COUNTS } from './survey-summary.fixture';

/** A figure as `par survey results` prints it: index and interval as text, null when there is none. */
function printed(figures: SurveyFigures | AspectFigures) {
  return {
    answers: figures.answers,
    index: figures.index?.toString() ?? null,
    ci: figures.ci ? [figures.ci.low.toString(), figures.ci.high.toString()] : null,
  };
}

const aspectIndices = (figures: SurveyFigures) => Object.fromEntries(figures.aspects.map((aspect) => [aspect.code, aspect.index?.toString() ?? null]));

describe('summarizeSurvey', () => {
  const summary = unwrapSurvey(summarizeSurvey(SIPAS_2025_COUNTS));
  const [tuPhap, yTe, hoaBinh] = summary.units;

  it('gives each unit its respondents, given answers, index and 95 % interval over all its questions', () => {
    expect(summary.units.map((unit) => unit.unit)).toEqual(['so-tu-phap', 'so-y-te', 'ubnd-xa-hoa-binh']);
    expect({ respondents: tuPhap.respondents, ...printed(tuPhap) }).toEqual({ respondents: 120, answers: 960, index: '84.79', ci: ['82.38', '86.92'] });
    expect({ respondents: yTe.respondents, ...printed(yTe) }).toEqual({ respondents: 80, answers: 656, index: '75.30', ci: ['71.86', '78.45'] });
  });

  it('gives each aspect its index, in the questionnaire order whatever the order of the counts', () => {
    expect(aspectIndices(tuPhap)).toEqual({ TC: '83.33', TTHC: '80.56', CC: '95.00', KQ: '80.00', PAKN: null });
    expect(aspectIndices(yTe)).toEqual({ TC: '75.00', TTHC: '75.00', CC: '93.75', KQ: '50.00', PAKN: '25.00' });
    expect(yTe.aspects.map((aspect) => aspect.code)).toEqual(['TC', 'TTHC', 'CC', 'KQ', 'PAKN']);
    expect(printed(tuPhap.aspects[1])).toEqual({ answers: 360, index: '80.56', ci: ['76.15', '84.31'] });
  });

  it('lists an aspect without answers with no index and no interval, rather than 0', () => {
    expect(tuPhap.aspects[4]).toEqual({ code: 'PAKN', answers: 0, index: null, ci: null });
  });

  it('keeps a unit whose respondents left every answer empty, with no index', () => {
    expect(hoaBinh).toMatchObject({ unit: 'ubnd-xa-hoa-binh', respondents: 3, answers: 0, index: null, ci: null });
    expect(hoaBinh.aspects.every((aspect) => aspect.index === null && aspect.ci === null)).toBe(true);
  });

  it("computes the province's overall from summed counts, not as a mean of the units' indices", () => {
    expect({ respondents: summary.overall.respondents, ...printed(summary.overall) }).toEqual({
      respondents: 203,
      answers: 1_616,
      index: '80.94', // 1308 / 1616; the mean of 84.79 and 75.30 would be 80.05
      ci: ['78.95', '82.78'],
    });
    expect(aspectIndices(summary.overall)).toEqual({ TC: '80.00', TTHC: '78.33', CC: '94.50', KQ: '68.00', PAKN: '25.00' });
    expect(printed(summary.overall.aspects[3])).toEqual({ answers: 200, index: '68.00', ci: ['61.25', '74.07'] });
  });

  it('gives every aspect the interval of its own counts', () => {
    const ci = wilsonInterval({ answers: 16, satisfied: 4 });
    expect(yTe.aspects[4].ci).toEqual(ci);
    expect(summary.overall.aspects[4].ci).toEqual(ci);
  });

  it('writes the JSON `par survey results` builds on', () => {
    expect(JSON.parse(JSON.stringify(summary.units[1].aspects[4]))).toEqual({ code: 'PAKN', answers: 16, index: '25.00', ci: { low: '10.18', high: '49.50' } });
  });

  it('summarizes a campaign without units as an overall with no index', () => {
    const empty = unwrapSurvey(summarizeSurvey({ aspects: ['TC'], units: [] }));
    expect(empty).toEqual({
      units: [],
      overall: { respondents: 0, answers: 0, index: null, ci: null, aspects: [{ code: 'TC', answers: 0, index: null, ci: null }] },
    });
  });

  it('refuses totals too large to add up exactly', () => {
    const huge = { respondents: 1, aspects: [{ code: 'TC', answers: Number.MAX_SAFE_INTEGER, satisfied: 0 }] };
    const result = summarizeSurvey({
      aspects: ['TC'],
      units: [
        { unit: 'a', ...huge },
        { unit: 'b', ...huge },
      ],
    });
    expect(result.ok ? [] : result.errors.map(({ code, field }) => ({ code, field }))).toEqual([{ code: 'SURVEY_COUNT_INVALID', field: 'units' }]);
  });
});
