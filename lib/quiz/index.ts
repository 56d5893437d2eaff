export * from "./normalize";
export * from "./clock";
export * from "./assemble";
export * from "./item-analysis";
