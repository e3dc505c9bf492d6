export { reduceHtml } from './reduce';
export { domToText } from './toText';
export type { ReducedHtml, HtmlReducer } from './types';
