export * from "@/lib/cards/normalize-answer";
export * from "./clock";
export * from "./assemble";
export * from "./item-analysis";
