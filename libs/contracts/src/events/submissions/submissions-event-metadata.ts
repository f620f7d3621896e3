import { commandEventMetadataSchema, type CommandEventMetadata } from '../command-event-metadata';

/** The submissions service writes the common command metadata (reason also in data for applicability, corrections, reopenings). */
export const submissionsEventMetadataSchema = commandEventMetadataSchema;
export type SubmissionsEventMetadata = CommandEventMetadata;
