import { describe, expect, it } from 'vitest';
import { matchCommands } from './matchCommands';
import type { Command } from './types';

const run = (): undefined => undefined;
const allCommands: Command[] = [
  { id: 'app.lock', title: 'Lock now', group: 'Vault', keywords: ['lock', 'secure'], run },
  { id: 'dash.go', title: 'Go to Dashboard', group: 'Dashboard', run },
  { id: 'journal.go', title: 'Go to Journal', group: 'Journal', keywords: ['diary'], run },
  { id: 'journal.new', title: 'New journal entry', group: 'Journal', run },
  { id: 'leaders.new', title: 'New leader', group: 'Leaders', keywords: ['boss'], run },
  { id: 'theme.dark', title: 'Use the dark theme', group: 'Settings', run },
  { id: 'actions.overdue', title: 'Show overdue action items', group: 'Action items', run },
];

const titles = (q: string): string[] => matchCommands(allCommands, q).map((c) => c.title);

describe('matching commands', () => {
  it('finds no command for a name or a job title', () => {
    expect(titles('Dana')).toEqual([]);
    expect(titles('CTO')).toEqual([]);
  });

  it('finds commands by the start of their words, best first, a typo allowed', () => {
    expect(titles('lock now')[0]).toBe('Lock now');
    expect(titles('go to jour')[0]).toBe('Go to Journal');
    expect(titles('dark')).toContain('Use the dark theme');
    expect(titles('jurnal')).toContain('Go to Journal');
  });

  it('lists every command for an empty query', () => {
    expect(titles('  ')).toHaveLength(allCommands.length);
  });
});
