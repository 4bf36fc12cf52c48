import type { Settings } from '../../shared/domain/settings';
import { firstScreenHint, firstScreenQuery } from '../../shared/firstScreen';
import { isSafeLink } from '../../shared/domain/richtext';
import { isAllowedMailto, mailtoLink } from '../../shared/mailto';
import { wasExported } from './export/saveExport';
import { createDispatch, type Dispatch, type Handlers } from './ipc/dispatch';
import type { CoreDeps } from './platform/types';
import { createSettingsService, type SettingsService } from './services/settingsService';
import { localDate, newId, type ServiceContext } from './services/context';
import { createLeadersService } from './services/leaders/leadersService';
import { createJournalService, type JournalService } from './services/journal/journalService';
import { createActionsService } from './services/actions/actionsService';
import { createMeetingsService } from './services/meetings/meetingsService';
import { leaderDirectoryFrom, winsFromJournal } from './services/meetings/providers';
import { createGoodwillService } from './services/goodwill/goodwillService';
import { createDashboardService } from './services/dashboard/dashboardService';
import { journalWins } from './services/dashboard/journalWins';
import { createSearchService, type SearchService } from './services/search/searchService';
import { createVaultService } from './vault/vaultService';
import { createChangeFeed, notifyAfter } from './services/reminders/changeFeed';
import {
  createRemindersService,
  type RemindersService,
} from './services/reminders/remindersService';
import type { VaultService } from './vault/vaultService.types';
import { createOpenDataService } from './openData/openDataService';
import { RECORD_KINDS } from './openData/vaultRecords';
import { createReviewService } from './services/review/reviewService';
import { createUpdatesService, type UpdatesService } from './updates/updatesService';

/** The application: every service, and the one dispatcher the IPC binder and the test bridge call. */
export interface Core {
  dispatch: Dispatch;
  handlers: Handlers;
  vault: VaultService;
  settings: SettingsService;
  ctx: ServiceContext;
  /** Reminders, the next 1:1 and the tray's words (the shell shows them). */
  reminders: RemindersService;
  /** The journal (its saved search index is written on quit). */
  journal: JournalService;
  /** The palette's search over everything (its index is built in the background after unlock). */
  search: SearchService;
  /** Update checks (only when the user turned them on). */
  updates: UpdatesService;
  /**
   * The query a page opening now is given (`shared/firstScreen`): its theme, and whether its
   * first screen is the plain unlock screen, which it can then draw before its code has loaded.
   */
  firstScreenQuery(): Promise<string>;
  /** Writes everything pending and stops timers (app quit). */
  dispose(): Promise<void>;
}

/** Builds the application from its outside-world dependencies. */
export async function createCore(
  shellDeps: CoreDeps,
  opts: { checkOutput?: boolean } = {},
): Promise<Core> {
  // Reminders re-plan on every data change the UI hears about, including those from outside the app.
  const feed = createChangeFeed(shellDeps.events);
  const deps: CoreDeps = { ...shellDeps, events: feed.sink };
  const settings = await createSettingsService(deps.dataDir);
  settings.onChange(() => deps.events.emit('dataChanged', { area: 'settings' }));
  const vault = createVaultService(deps, settings);
  vault.knowShards(RECORD_KINDS.map((k) => k.def));
  const ctx: ServiceContext = {
    deps,
    store: () => vault.store(),
    settings: (): Settings => settings.get(),
    newId,
    nowIso: () => new Date(deps.clock.now()).toISOString(),
    today: () => localDate(deps.clock.now()),
    onLock: (fn) => vault.onLock(fn),
    onUnlock: (fn) => vault.onUnlock(fn),
    changed: (area) => deps.events.emit('dataChanged', { area }),
  };

  const leaders = createLeadersService(ctx);
  const journal = createJournalService(ctx, { leaders });
  const actions = createActionsService(ctx);
  const goodwill = createGoodwillService(ctx, { leaders, actions });
  const meetings = createMeetingsService(ctx, {
    actions,
    leaders: leaderDirectoryFrom(leaders),
    wins: winsFromJournal(journal),
    goodwill: (leaderId) => goodwill.balanceFor(leaderId),
  });
  const dashboard = createDashboardService(ctx, {
    leaders,
    actions,
    meetings,
    goodwill,
    wins: journalWins(journal),
  });
  const search = createSearchService(ctx, { journal });
  const reminders = createRemindersService(ctx, {
    meetings,
    actions,
    leaders,
    isUnlocked: () => vault.isUnlocked(),
    hasVault: async () => (await vault.handlers.status(undefined)).state !== 'none',
    onSettingsChange: (fn) => settings.onChange(fn),
  });
  const openData = createOpenDataService(ctx, {
    reload: () => vault.reloadServices(),
    authorName: () => settings.get().exportAuthor || 'Me',
  });
  const review = createReviewService(ctx, { journal, leaders, actions, goodwill, meetings });
  const updates = await createUpdatesService({
    dataDir: deps.dataDir,
    clock: deps.clock,
    timers: deps.timers,
    appVersion: deps.appVersion,
    settings,
    source: deps.updates,
    emit: (status) => deps.events.emit('updateStatus', status),
  });
  const replanOn = new Set(['series', 'meetings', 'leaders', 'actions', 'vault', '*']);
  feed.onDataChanged((area) => {
    if (replanOn.has(area)) void reminders.refresh();
  });

  const handlers: Handlers = {
    app: {
      info: () => ({ version: deps.appVersion, platform: deps.platform, shell: deps.shellKind }),
      openExternal: async ({ url }) => {
        if (!isSafeLink(url)) return { opened: false };
        await deps.shell.openExternal(url);
        return { opened: true };
      },
      activity: () => {
        vault.activity();
        return null;
      },
      copyText: async ({ text }) => {
        await deps.shell.copyText(text);
        return null;
      },
      showInFolder: ({ path }) => {
        if (!wasExported(path)) return { done: false };
        deps.shell.showInFolder(path);
        return { done: true };
      },
      openFile: async ({ path }) => {
        if (!wasExported(path)) return { done: false };
        await deps.shell.openPath(path);
        return { done: true };
      },
      openMail: async ({ subject, body }) => {
        const link = mailtoLink(subject, body);
        if (!isAllowedMailto(link)) return { done: false };
        await deps.shell.openExternal(link);
        return { done: true };
      },
    },
    settings: {
      get: () => settings.get(),
      update: async (patch) => {
        const next = await settings.update(patch);
        ctx.changed('settings');
        return next;
      },
    },
    vault: {
      ...vault.handlers,
      // The search index is saved before the documents are dropped, so the next unlock reuses it.
      lock: async (input) => {
        if (vault.isUnlocked()) await journal.saveIndex({ ifChanged: true }).catch(() => undefined);
        return vault.handlers.lock(input);
      },
    },
    // Profile changes emit no event of their own; names and archiving matter to reminders.
    leaders: notifyAfter(
      leaders.handlers,
      ['create', 'update', 'archive', 'unarchive'],
      () => void reminders.refresh(),
    ),
    journal: journal.handlers,
    meetings: meetings.handlers,
    actions: actions.handlers,
    goodwill: goodwill.handlers,
    dashboard: dashboard.handlers,
    reminders: reminders.handlers,
    data: openData.handlers,
    review: review.handlers,
    search: search.handlers,
    updates: {
      status: () => updates.status(),
      checkNow: () => updates.checkNow(),
      download: () => updates.download(),
      restartToUpdate: () => {
        updates.restartToUpdate();
        return null;
      },
    },
  };

  await reminders.start();

  return {
    dispatch: createDispatch(handlers, opts),
    handlers,
    vault,
    settings,
    ctx,
    reminders,
    journal,
    search,
    updates,
    firstScreenQuery: async () =>
      firstScreenQuery(firstScreenHint(await vault.handlers.status(undefined), settings.get())),
    dispose: async () => {
      await updates.dispose();
      // The search index as it is now, so the next start does not re-read what changed.
      if (vault.isUnlocked()) await journal.saveIndex({ ifChanged: true }).catch(() => undefined);
      await reminders.dispose();
      await vault.dispose();
    },
  };
}
