import { type Actor, type PublishedIndexEvent, PublishedIndexEventTypes, type PublishedIndexFile } from '@par/contracts';
import { checkPublishedScores, publishedText } from '@par/domain';
import type { Decider } from '@par/event-store';
import { sameData } from '../../domain/same-data';
import type { PublishedIndexCommand, RecordPublishedIndex } from './published-index.commands';
import { PublishedIndexError } from './published-index.errors';
import { evolve, type PublishedFigures, initialPublishedIndexState, type PublishedIndexState } from './published-index.state';

/** A correction's reason is part of the record, not an essay. */
const MAX_REASON_LENGTH = 1_000;

/**
 * The first file of a year is revision 1. The same figures again change nothing. Other figures for a recorded
 * year are a correction: a new revision, with its reason; the earlier ones stay in the stream.
 */
export function decide(command: PublishedIndexCommand, state: PublishedIndexState): PublishedIndexEvent[] {
  requireProvinceAdmin(command.actor);
  const figures = recordedFigures(command.file);
  if (state.status === 'none') return [recorded({ ...figures, revision: 1 })];
  if (sameData(state.latest, figures)) return [];
  return [recorded({ ...figures, revision: state.revision + 1, reason: correctionReason(command) })];
}

/** The published-index aggregate (stream `published-index:<kind>:<province>:<year>`). */
export const publishedIndexDecider: Decider<PublishedIndexCommand, PublishedIndexEvent, PublishedIndexState> = {
  initialState: initialPublishedIndexState,
  decide,
  evolve,
};

function recorded(data: PublishedIndexEvent['data']): PublishedIndexEvent {
  return { type: PublishedIndexEventTypes.PublishedIndexRecorded, schemaVersion: 1, data };
}

/** Imports of external figures are the province's (Sở Nội vụ), as every survey command. */
function requireProvinceAdmin(actor: Actor): void {
  if (actor.role !== 'PROVINCE_ADMIN') {
    throw new PublishedIndexError('ROLE_NOT_ALLOWED', `${actor.role} may not record a published index; allowed: PROVINCE_ADMIN`, 'actor.role');
  }
}

/** The file's figures with their totals, computed here by the domain rule (the parser already held the file to it). */
function recordedFigures(file: PublishedIndexFile): PublishedFigures {
  const checked = checkPublishedScores(file.dimensions);
  if (!checked.ok) {
    const [first] = checked.errors;
    throw new PublishedIndexError('PUBLISHED_INDEX_FILE_INVALID', `The published figures break a rule: ${first.message}`, first.field);
  }
  const { kind, province, year, source, dimensions } = file;
  return {
    kind,
    province,
    year,
    source: { title: source.title, ...(source.url ? { url: source.url } : {}), ...(source.publishedOn ? { publishedOn: source.publishedOn } : {}) },
    dimensions: dimensions.map(({ code, title, score, max, subDimensions }) => ({
      code,
      title,
      score,
      max,
      subDimensions: subDimensions.map((sub) => ({ code: sub.code, title: sub.title, score: sub.score })),
    })),
    total: publishedText(checked.value.total),
    maxTotal: publishedText(checked.value.maxTotal),
  };
}

function correctionReason({ file, reason }: RecordPublishedIndex): string {
  const text = reason?.trim() ?? '';
  if (text === '' || text.length > MAX_REASON_LENGTH) {
    throw new PublishedIndexError(
      'PUBLISHED_CORRECTION_REASON_REQUIRED',
      `${file.kind} ${file.year} of ${file.province} is already recorded with other figures: a correction needs a reason of 1 to ${MAX_REASON_LENGTH} characters`,
      'reason',
    );
  }
  return text;
}
