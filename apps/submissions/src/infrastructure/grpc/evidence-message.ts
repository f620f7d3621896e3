import type { RpcRequest } from '@par/contracts';
import { optionalText } from '@par/grpc-server';
import type { EvidenceInput } from '../../domain/self-assessment/self-assessment.commands';

type EvidenceMessage = RpcRequest<'submissions', 'ScoreCriterion'>['evidence'][number];

/** The documents cited for a score as the deciders take them; a blank optional field is an absent one. */
export function evidenceOf(evidence: readonly EvidenceMessage[]): EvidenceInput[] {
  return evidence.map((item) => ({
    title: item.title,
    documentNo: optionalText(item.documentNo) ?? null,
    date: optionalText(item.date) ?? null,
    section: optionalText(item.section) ?? null,
    fileRef: optionalText(item.fileRef) ?? null,
  }));
}
