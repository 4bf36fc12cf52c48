import { renderToStaticMarkup } from 'react-dom/server';
import { PLAINLY_LOCKED } from '../../../../shared/firstScreen';
import { Unlock } from './Unlock';

/**
 * The unlock screen's markup, for the page to draw before the app's code has loaded
 * (`lib/prerendered`): the app's own Unlock screen, rendered when the app is built.
 */
export function renderUnlockMarkup(): string {
  return renderToStaticMarkup(<Unlock status={PLAINLY_LOCKED} onUnlocked={() => undefined} />);
}
