import { commandEventMetadataSchema, type CommandEventMetadata } from '../command-event-metadata';

/** The appraisal service writes the common command metadata (reason also in data for every value change). */
export const appraisalEventMetadataSchema = commandEventMetadataSchema;
export type AppraisalEventMetadata = CommandEventMetadata;
