export { buildPositions, OTHER_TOPIC, SIDE_ORDER, type PositionCellFact, type PositionFact, type PositionsMatrix } from "./build";
export { deriveTopics, candidateTerms } from "./derive-topics";
export { positionSummary, shortenAtBoundary, SUMMARY_MAX } from "./summarize-position";
export { loadPositionFacts } from "./load";
