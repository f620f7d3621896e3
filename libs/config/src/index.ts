// Configuration of every app: one zod schema per app, parsed once at start (parseConfig).
export * from './config-error';
export * from './config-fields';
export * from './parse-config';
export * from './service-environment';
export * from './run-main';
