import type { ReactNode } from 'react';
import './updateCheck.css';

/** What an update check sends and when, in the words the first-run offer uses too. */
export function UpdateCheckExplained(): ReactNode {
  return (
    <ul className="update-explained">
      <li>
        <strong>What is sent:</strong> a request for the file naming the newest release, from the
        project’s release page. Nothing about you, your computer or your vault.
      </li>
      <li>
        <strong>When:</strong> at most once a day, and only while this is on.
      </li>
      <li>
        <strong>What happens:</strong> Upward tells you a new version exists. It asks before
        downloading anything and installs only when you choose “Restart and update”.
      </li>
    </ul>
  );
}
