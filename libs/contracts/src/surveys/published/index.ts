// Published external indices (`par-published-index/1`: PAPI, DGI): the file, its parser, the event of the survey log.
export * from './published-index-file';
export * from './published-index-file-error';
export * from './parse-published-index-file';
export * from './published-index-recorded.event';
