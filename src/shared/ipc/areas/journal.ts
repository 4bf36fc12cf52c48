/** Channels of the journal area. */
export const journalContract = {};
