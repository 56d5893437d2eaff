export * from "./types";
export { generateCards, cardKey, presentationOrder, KNOWN_PLACES, BLANK, ACTOR_MASK, type GenerateOptions } from "./generate";
export {
  pickDistractors,
  pickDateDistractors,
  buildChoices,
  checkChoices,
  optionsClash,
  formatDateOptions,
  MAX_DISTRACTORS,
  MIN_DISTRACTORS,
  type ChoiceProblem,
  type PickDistractorsInput,
  type PickDateDistractorsInput,
} from "./distractors";
export {
  formatFactDate,
  parseFactDate,
  isValidFactDate,
  dateTypedAnswers,
  truncateDate,
  dateRange,
  datesOverlap,
  isCertainlyBefore,
  shiftDate,
  compareFactDates,
  maskDates,
  DATE_MASK,
} from "./dates";
export { stableKey, seededShuffle, createRng, rankByHash, compareStrings } from "./random";
export { factRowToSource, rubyReadingsOf, sentenceAround, jsonStrings, type FactRow } from "./from-rows";
export { persistCardDrafts, persistCardDraftsIn, type PersistResult } from "./persist";
