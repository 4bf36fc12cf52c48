import { Notification, nativeImage } from 'electron';
import type { NotificationRequest, Notifier } from './core/platform/types';

/**
 * Desktop notifications for reminders. A click opens the route the reminder names (the
 * meeting's agenda); the app asks for the passphrase first when the vault is locked.
 */
export function createNotifier(opts: {
  iconPath?: string;
  onClick: (route: string) => void;
}): Notifier {
  // Electron drops a notification's click handler once the object is collected: keep each until it is done.
  const alive = new Set<Notification>();
  const icon = opts.iconPath ? nativeImage.createFromPath(opts.iconPath) : undefined;
  return {
    show(n: NotificationRequest) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({
        title: n.title,
        body: n.body,
        silent: false,
        ...(icon && !icon.isEmpty() ? { icon } : {}),
      });
      alive.add(notification);
      notification.on('click', () => {
        alive.delete(notification);
        opts.onClick(n.route);
      });
      notification.on('close', () => alive.delete(notification));
      notification.show();
    },
  };
}
