export { setDueCounts } from "./set-due-counts";
export { studySettingsSchema, updateStudySettings, type StudySettingsInput } from "./settings";
export { loadDashboard, type Dashboard } from "./dashboard";
export { reviewsPerDay, overallRetention, forecast, mastery, MATURE_DAYS } from "./stats";
