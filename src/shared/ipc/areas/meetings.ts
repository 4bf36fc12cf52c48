/** Channels of the meetings area. */
export const meetingsContract = {};
