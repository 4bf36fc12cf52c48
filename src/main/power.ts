import type { PowerMonitor } from 'electron';

/** What the app does when the machine sleeps, wakes or its screen locks. */
export interface PowerHandlers {
  /** The machine is going to sleep (the vault locks). */
  suspend(): void;
  /** The screen was locked (the vault locks). */
  lockScreen(): void;
  /** The machine woke up: reminders missed while asleep fire once, the clock and zone are checked. */
  resume(): void;
}

/** Connects the system's power events to the app. */
export function watchPower(monitor: Pick<PowerMonitor, 'on'>, handlers: PowerHandlers): void {
  monitor.on('suspend', () => handlers.suspend());
  monitor.on('lock-screen', () => handlers.lockScreen());
  monitor.on('resume', () => handlers.resume());
  // Some systems report waking only as the screen coming back: checking twice is harmless.
  monitor.on('unlock-screen', () => handlers.resume());
}
