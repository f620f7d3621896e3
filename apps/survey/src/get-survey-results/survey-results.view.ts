import { plannedSampleSize, sampleCoverage, type SurveyFigures, type UnitSurveyFigures } from '@par/domain';
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
  /** n = N / (1 + N e²) of the unit's population, when the campaign gives a sample plan; else null. */
  readonly plannedSample: number | null;
  /** Respondents received over the planned sample, in percent (2 places); null without a plan. */
  readonly coverage: string | null;
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
    units: summary.units.map((unit: UnitSurveyFigures) => ({ unit: unit.unit, ...figuresView(unit), ...samplePlanOf(campaign.sampling, unit) })),
    province: figuresView(summary.overall),
    basis,
  };
}

/** The planned sample beside the respondents received (Yamane; the plan's margin). */
function samplePlanOf(sampling: SurveyIndices['campaign']['sampling'], unit: UnitSurveyFigures): { plannedSample: number | null; coverage: string | null } {
  const population = sampling?.population.find((entry) => entry.unit === unit.unit)?.population;
  if (!sampling || population === undefined) return { plannedSample: null, coverage: null };
  const planned = plannedSampleSize(population, sampling.margin);
  if (!planned.ok) return { plannedSample: null, coverage: null };
  return { plannedSample: planned.value, coverage: sampleCoverage(unit.respondents, planned.value)?.toString() ?? null };
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
