// First, so the questions to main leave before anything else is evaluated.
import { firstData } from './lib/firstData';
import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import './styles/ui.css';
import './styles/app.css';
import './screens/vault/vault.css';
import './styles/focus.css';
import './styles/reflow.css';
import { unlockMarkup } from 'virtual:upward/prerendered';
import { readFirstScreenQuery } from '../../shared/firstScreen';
import { showPrerendered } from './lib/prerendered';
import { whenFirstScreenShown } from './lib/firstScreen';

/**
 * The page's entry: small, without React's DOM renderer. When main's address says the vault is
 * plainly locked, the unlock screen (rendered when the app was built) is drawn at once, and the
 * app (`start`) is fetched, compiled and evaluated only once that screen has been shown: on a
 * small machine that work would otherwise compete with drawing it. The field takes typing
 * meanwhile; the app then takes the screen over with what was typed.
 */
const root = document.getElementById('root');
if (root) {
  const prerendered = showPrerendered(root, readFirstScreenQuery(location.search), unlockMarkup);
  // The hint is for this load only: a reload asks main again (the app draws what it answers).
  if (location.search) history.replaceState(history.state, '', location.pathname + location.hash);
  const start = (): void =>
    void import('./start').then(({ start }) => start(root, firstData, prerendered));
  if (prerendered) whenFirstScreenShown(start);
  else start();
}
