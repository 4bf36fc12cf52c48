/** Channels of the reminders area. */
export const remindersContract = {};
