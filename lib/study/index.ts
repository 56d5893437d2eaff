export { submitReview, reviewInputSchema, MAX_COUNTED_DURATION_MS, type ReviewInput, type ReviewResult } from "./submit-review";
export { undoReview, undoInputSchema } from "./undo-review";
export { loadStudyQueue, loadStudySettings, type StudyCard, type LoadedQueue, type StudySettings } from "./load-queue";
export { rowToState, stateToRow, parseStoredState } from "./state-row";
