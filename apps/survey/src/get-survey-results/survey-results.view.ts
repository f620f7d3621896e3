import type { SurveyFigures, UnitSurveyFigures } from '@par/domain';
import type { SurveyIndices } from '../indices/survey-indices';

/** An index as results print it: "81.50", or null when no answer was given. */
export type IndexText = string | null;

export interface AspectResultView {
  readonly code: string;
  readonly index: IndexText;
  readonly answers: number;
}

export interface FiguresView {
  readonly respondents: number;
  readonly answers: number;
  readonly index: IndexText;
  /** The 95 % Wilson interval of the index, in percent. */
  readonly ci: { readonly low: string; readonly high: string } | null;
  readonly aspects: readonly AspectResultView[];
}

export interface UnitResultView extends FiguresView {
  readonly unit: string;
}

/**
 * `par survey results --format json` (INTERCHANGE.md "Surveys"): `campaign`, and per unit `unit`, `respondents`,
 * `answers`, `index`, `aspects[{ code, index }]`; added: `ci`, aspects' `answers`, the `province` figures (all
 * counts summed, then one index), and `basis`, the batches counted.
 */
export interface SurveyResultsView {
  readonly campaign: string;
  readonly units: readonly UnitResultView[];
  readonly province: FiguresView;
  readonly basis: readonly string[];
}

export function surveyResultsView({ campaign, basis, summary }: SurveyIndices): SurveyResultsView {
  return {
    campaign: campaign.campaignId,
    units: summary.units.map((unit: UnitSurveyFigures) => ({ unit: unit.unit, ...figuresView(unit) })),
    province: figuresView(summary.overall),
    basis,
  };
}

function figuresView(figures: SurveyFigures): FiguresView {
  return {
    respondents: figures.respondents,
    answers: figures.answers,
    index: figures.index?.toString() ?? null,
    ci: figures.ci ? { low: figures.ci.low.toString(), high: figures.ci.high.toString() } : null,
    aspects: figures.aspects.map((aspect) => ({ code: aspect.code, index: aspect.index?.toString() ?? null, answers: aspect.answers })),
  };
}
