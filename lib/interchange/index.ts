export * from "./tsv";
export * from "./from-cards";
