/** Channels of the leaders area. */
export const leadersContract = {};
