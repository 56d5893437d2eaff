export { buildTimeline, type TimelineFact, type TimelineYear, type TimelineMonth } from "./build";
export { loadTimelineFacts } from "./load";
