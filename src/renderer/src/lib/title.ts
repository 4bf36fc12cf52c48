/** The window's title for a screen titled `title` (the app's name alone without one). */
export function documentTitle(title: string | null): string {
  return title ? `${title} — Upward` : 'Upward';
}
