import { TrendingUp } from 'lucide-react';
import type { ReactNode } from 'react';

/** The app's mark and name. */
export function Brand(): ReactNode {
  return (
    <div className="vault-brand">
      <span className="logo" aria-hidden="true">
        <TrendingUp size={18} />
      </span>
      Upward
    </div>
  );
}
