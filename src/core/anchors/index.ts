export { segmentText, type Mark, type Segment } from './segments';
export { anchorMatches, type TextAnchor } from './anchor';
