/** Channels of the goodwill area. */
export const goodwillContract = {};
