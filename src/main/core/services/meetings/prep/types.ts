import type { Meeting, PrepSuggestion } from '../../../../../shared/domain/meeting';
import type { ActionView } from '../../../../../shared/ipc/areas/actions';

/** A win the journal logged (an entry tagged `win`). */
export interface WinSummary {
  id: string;
  date: string;
  title: string;
}

/** Finds the wins logged for a leader (or for no leader in particular) on or after `since`. */
export type WinsProvider = (query: {
  leaderId: string;
  since: string | null;
  until: string;
}) => Promise<WinSummary[]>;

/** The goodwill standing with a leader, as the goodwill bank reports it. */
export interface GoodwillSnapshot {
  balance: number;
  /** True when the recent balance is too low for an ask to land well. */
  low: boolean;
}

/** Reports the goodwill standing with a leader; null when there is no ledger yet. */
export type GoodwillProvider = (leaderId: string) => Promise<GoodwillSnapshot | null>;

/** A leader's goal (an item of their "Vision & goals" list). */
export interface LeaderGoal {
  id: string;
  text: string;
}

/** Everything the prep rules look at, gathered once per request. */
export interface PrepInput {
  /** Today, YYYY-MM-DD (local). */
  today: string;
  /** Now, ISO (UTC). */
  now: string;
  /** The meeting being prepared. */
  meeting: Meeting;
  /** The meeting's date in its own time zone, YYYY-MM-DD. */
  meetingDate: string;
  leader: { id: string; name: string; goals: LeaderGoal[] };
  /** This leader's action items, any status. */
  actions: ActionView[];
  /** The action items the meeting screen already lists under Follow-ups. */
  followUps: ActionView[];
  /** Earlier meetings of the same series, newest first. */
  previous: Meeting[];
  /** Wins logged since the last held meeting with this leader. */
  wins: WinSummary[];
  /** How many held meetings without feedback trigger the nudge (a setting). */
  feedbackNudgeMeetings: number;
  /** The goodwill standing, when the goodwill bank provides it. */
  goodwill: GoodwillSnapshot | null;
  /** Formats a date for a sentence (the user's date format). */
  formatDate: (isoDate: string) => string;
}

/** What accepting a suggestion puts on the agenda, beyond its text and section. */
export interface SuggestionEffect {
  origin?: 'assistant' | 'carried' | 'action';
  carriedFromId?: string;
  carryCount?: number;
}

/** A suggestion as a rule makes it: the public part plus what accepting it does. */
export type RuleSuggestion = PrepSuggestion & {
  effect?: SuggestionEffect;
  /** The action item it is about, when it is about one. */
  actionId?: string;
  /**
   * What it is about in the user's own words (an action's text, a goal, a win's title), to
   * compare with what the agenda already holds; null when it is about an agenda item itself.
   */
  subject?: string | null;
};

/** One rule of the prep assistant: pure, explainable, unit-tested on its own. */
export type PrepRule = (input: PrepInput) => RuleSuggestion[];
