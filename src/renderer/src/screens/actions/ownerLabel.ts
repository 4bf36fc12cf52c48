import type { ActionOwner } from '../../../../shared/domain/meeting';

/** Who owns an action item, in a few words. */
export function ownerLabel(owner: ActionOwner, leaderName: string | undefined): string {
  if (owner.kind === 'me') return 'Me';
  if (owner.kind === 'leader') return leaderName ?? 'The leader';
  return owner.name;
}
