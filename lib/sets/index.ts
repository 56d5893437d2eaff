export { visibleSetWhere, visibleCardWhere, publicSetWhere, SET_VISIBILITIES, type SetVisibility } from "./visibility";
export { listVisibleSets, type SetSummary } from "./list-visible";
export { getSetForUser, type SetForUser } from "./get-for-user";
export { requireOwnedSet } from "./owned";
export { createSet, updateSet, deleteSet, copySet, getSharedSet, setFieldsSchema, setUpdateSchema } from "./manage-set";
export { listSetCards, addCardsToSet, addFactCardsToSet, addCustomCard, editCardInSet, removeCardFromSet, customCardSchema, MAX_SET_CARDS } from "./set-cards";
export { exportSet, importIntoSet, MAX_IMPORT_BYTES } from "./interchange";
