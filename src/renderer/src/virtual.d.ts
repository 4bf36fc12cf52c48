/** The unlock screen's markup, rendered when the app is built (tools/build/prerenderFirstScreen). */
declare module 'virtual:upward/prerendered' {
  export const unlockMarkup: string;
}
