export { buildPositions, MAIN_TOPICS, SIDE_ORDER, type PositionFact, type PositionsMatrix } from "./build";
export { loadPositionFacts } from "./load";
