// First, so the questions to main leave before React's code is evaluated.
import { firstData } from './lib/firstData';
import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import './styles/ui.css';
import './styles/app.css';
import './screens/vault/vault.css';
import './styles/focus.css';
import './styles/reflow.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
// The first render is the first screen itself, drawn with the answers already in hand: no
// "opening" render first, and no second render when the settings arrive. It is rendered in the
// task that brought the answers, not one scheduled after it: a frame in between would be blank.
if (root) {
  void firstData.then(({ status, settings }) => {
    const app = createRoot(root);
    flushSync(() =>
      app.render(
        <StrictMode>
          <App initialStatus={status} initialSettings={settings} />
        </StrictMode>,
      ),
    );
  });
}
