/** Channels of the dashboard area. */
export const dashboardContract = {};
