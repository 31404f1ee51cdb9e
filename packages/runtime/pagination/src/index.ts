export { RepeatedPageTokenError } from "./repeated-page-token-error.js";
export { tokenKey, walkItems, walkPages, type PageWalk, type PageWalkConfiguration } from "./walk-pages.js";
