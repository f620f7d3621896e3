import type { z } from 'zod';
import { presentFields } from './absent';
import type { Evidence } from './shared.schemas';

/** A piece of evidence as a service answers it (submissions and ranking alike): only the title is always there. */
interface EvidenceReply {
  title: string;
  documentNo?: string;
  date?: string;
  section?: string;
  fileRef?: string;
}

/** Evidence as clients send it (the Evidence shape): the fields it did not give are left out. */
export function evidenceView({ title, documentNo, date, section, fileRef }: EvidenceReply): z.output<typeof Evidence> {
  return { title, ...presentFields({ documentNo, date, section, fileRef }) };
}
