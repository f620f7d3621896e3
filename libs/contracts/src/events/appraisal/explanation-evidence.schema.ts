import { z } from 'zod';

/**
 * A piece of evidence cited by an explanation: the document and the section or page that proves the
 * criterion (DOMAIN.md). Files are referenced by id; their content never enters the log.
 */
export const explanationEvidenceSchema = z.object({
  title: z.string().trim().min(1),
  documentNo: z.string().optional(),
  /** Date of the document, YYYY-MM-DD. */
  date: z.iso.date().optional(),
  /** Section or page that proves the criterion, e.g. "mục II.3, tr. 4". */
  section: z.string().optional(),
  fileId: z.string().optional(),
});

export type ExplanationEvidence = z.infer<typeof explanationEvidenceSchema>;
