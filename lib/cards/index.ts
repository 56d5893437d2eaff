export * from "./types";
export { generateCards, generateCardsWithReport, cardKey, presentationOrder, BLANK, type GenerationReport } from "./generate";
export { applyChecks, checkContext, failedChecks, CARD_CHECKS, CHECK_NAMES, type CheckName, type CheckContext } from "./checks";
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
} from "./dates";
export { stableKey, seededShuffle, createRng, rankByHash, compareStrings } from "./random";
export { factRowToSource, rubyReadingsOf, sentenceAround, jsonStrings, type FactRow } from "./from-rows";
export { persistCardDrafts, persistCardDraftsIn, type PersistResult } from "./persist";
