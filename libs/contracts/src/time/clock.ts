/**
 * The one clock type of the platform: handlers ask it for "now" (event metadata, deadlines), tests give a
 * fixed one. A Date, not a string: formatting is the edge's business (toISOString for metadata).
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
