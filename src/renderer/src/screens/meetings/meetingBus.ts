import { useEffect, useRef } from 'react';

/** Things the command palette can ask of the open meeting. */
export type MeetingCommand =
  'close' | 'follow-up' | 'export-agenda' | 'add-item' | 'add-action' | 'export-ics';

const listeners = new Set<(cmd: MeetingCommand) => void>();

/** Sends a command to the open meeting; false when no meeting is open. */
export function sendMeetingCommand(cmd: MeetingCommand): boolean {
  if (listeners.size === 0) return false;
  listeners.forEach((fn) => fn(cmd));
  return true;
}

/** Lets the meeting screen answer palette commands while it is open. */
export function useMeetingCommands(handler: (cmd: MeetingCommand) => void): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const fn = (cmd: MeetingCommand): void => ref.current(cmd);
    listeners.add(fn);
    return () => {
      listeners.delete(fn);
    };
  }, []);
}
