/** Bytes → text: encodings, byte-order marks and binary detection; Markdown → plain text. Pure. */
export {
  decodeText,
  formatBytes,
  lineEndings,
  type DecodeOptions,
  type DecodeResult,
} from './text';
export { knownBinaryType } from './sniff';
export { markdownToText } from './markdown';
