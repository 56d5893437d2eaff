export { buildTimeline, mergeNearDuplicates, type TimelineEntry, type TimelineFact, type TimelineYear, type TimelineMonth } from "./build";
export { loadTimelineFacts } from "./load";
