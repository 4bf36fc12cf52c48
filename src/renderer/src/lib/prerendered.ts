import type { FirstScreenHint } from '../../../shared/firstScreen';
import { applyTheme } from './theme';
import { documentTitle } from './title';

/** What the user did on the prerendered unlock screen, carried over when the app takes it over. */
export interface Carried {
  /** What was typed into the passphrase field. */
  secret: string;
  /** The caret or selection in the field, when it had the focus; `null` when it did not. */
  selection: [number, number] | null;
  /** Enter was pressed (or Unlock clicked) with something typed: the app unlocks at once. */
  submitted: boolean;
}

/** A prerendered first screen on the page, until the app takes it over. */
export interface Prerendered {
  /**
   * Stops listening to the prerendered screen and says what the user did on it. The app then
   * draws the same screen in its place, in the same task (no frame without it in between).
   */
  takeOver(): Carried;
}

/**
 * Hands `carried` over once: the first call returns it, later calls `null`. What was typed is
 * then held only by the screen that took it, not for as long as the app runs.
 */
export function handOverOnce(carried: Carried | null): () => Carried | null {
  let left = carried;
  return () => {
    const taken = left;
    left = null;
    return taken;
  };
}

/**
 * Draws the first screen before the app's code has loaded, from what main said in the page's
 * address (`hint`): the theme, and, when the vault is plainly locked, the unlock screen itself
 * (`markup`, rendered from the app's own Unlock screen when the app was built). The field
 * takes typing at once; the Unlock button follows what is typed; Enter is remembered. Returns
 * `null` when there is no screen to draw: the app draws its first screen itself.
 */
export function showPrerendered(
  root: HTMLElement,
  hint: FirstScreenHint | null,
  markup: string,
): Prerendered | null {
  if (!hint) return null;
  applyTheme(hint.theme);
  if (hint.screen !== 'unlock') return null;
  const template = document.createElement('template');
  template.innerHTML = markup;
  const form = template.content.querySelector('form');
  const field = form?.querySelector('input');
  const button = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
  // A build whose screen lacks its parts draws nothing here: the app draws the screen itself.
  if (!form || !field || !button) return null;
  root.replaceChildren(template.content);
  // As the app's Unlock screen titles the window.
  document.title = documentTitle('Unlock');
  let submitted = false;
  const onInput = (): void => {
    button.disabled = field.value === '';
  };
  const onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    if (field.value !== '') submitted = true;
  };
  field.addEventListener('input', onInput);
  form.addEventListener('submit', onSubmit);
  // The field has `autofocus` (as the app's screen): focused as it is drawn, no layout forced here.
  return {
    takeOver: () => {
      field.removeEventListener('input', onInput);
      form.removeEventListener('submit', onSubmit);
      const focused = document.activeElement === field;
      return {
        secret: field.value,
        selection: focused ? [field.selectionStart ?? 0, field.selectionEnd ?? 0] : null,
        submitted,
      };
    },
  };
}
