/**
 * The themes the app can be drawn in (`system` follows the system's appearance). Kept apart
 * from the settings' schema so that the page's first script can check a theme without loading
 * the validation library (see `shared/firstScreen`).
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
