/** Channels of the actions area. */
export const actionsContract = {};
