import { z } from 'zod';

/**
 * A document cited for a self score: the document and the section or page that proves the criterion
 * (DOMAIN.md). Files are referenced by id; their content never enters the log.
 */
export const evidenceDataSchema = z.object({
  title: z.string().trim().min(1),
  documentNo: z.string().trim().min(1).optional(),
  /** Date of the document, YYYY-MM-DD. */
  date: z.iso.date().optional(),
  /** Section or page, e.g. "mục II.3, tr. 4". */
  section: z.string().trim().min(1).optional(),
  /** Id of the stored file (the file store owns the content). */
  fileRef: z.string().trim().min(1).optional(),
});

export type EvidenceData = z.infer<typeof evidenceDataSchema>;
