export { segmentText, type Mark, type Segment } from './segments';
export { anchorMatches, type TextAnchor } from './anchor';
export { stepBoundary, trimSpan, type Edge, type Step } from './wordStep';
