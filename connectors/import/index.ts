// File importers: JSON lines and CSV exports in, NormalizedItems (or dead letters) out, streamed.
export { readJsonLines, type JsonLinesOptions } from './json-lines.ts';
export { checkCsvOptions, readCsv, type CsvOptions } from './csv.ts';
export { compileMapping, csvMappingSchema, type CsvMapping } from './csv-mapping.ts';
export { DEFAULT_MAX_LINE_BYTES, MAX_RAW_PREFIX } from './line-splitter.ts';
export type { ByteInput, ImportOptions, ImportProgress, ImportRecord } from './types.ts';
