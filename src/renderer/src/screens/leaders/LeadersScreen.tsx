import type { ReactNode } from 'react';
import { useRoute } from '../../lib/router';
import { LeaderList } from './LeaderList';
import { LeaderProfile } from './LeaderProfile';
import './leaders.css';

/** Leaders: the list (`/leaders`) and one leader's profile (`/leaders/:id`). */
export function LeadersScreen(): ReactNode {
  const { segments } = useRoute();
  const id = segments[1];
  return id ? <LeaderProfile key={id} id={id} /> : <LeaderList />;
}
