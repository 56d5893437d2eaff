export * from "./schedule";
export * from "./day";
export * from "./queue";
