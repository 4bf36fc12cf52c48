import { expect, type Locator, type Page } from '@playwright/test';
import { setDate } from '../fixtures/dateField';
import { chooseOption } from '../fixtures/select';

/** The leaders screen as a user sees it: the list, the new-leader dialog and a profile. */
export class LeadersPage {
  constructor(readonly page: Page) {}

  /** Opens the leaders list from the sidebar. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Leaders', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Leaders' })).toBeVisible();
  }

  /** Creates a leader through the dialog and lands on their profile. */
  async create(l: {
    name: string;
    role: string;
    relationship: string;
    since: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'New leader' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New leader' });
    await dialog.getByLabel('Name').fill(l.name);
    await dialog.getByLabel('Role').fill(l.role);
    await chooseOption(dialog.getByLabel('Relationship'), l.relationship);
    await setDate(dialog, 'Working together since', l.since);
    await dialog.getByRole('button', { name: 'Create leader' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: l.name })).toBeVisible();
  }

  /** The card of one profile list, e.g. "Strengths". */
  list(label: string): Locator {
    return this.page
      .locator('.leaders-list-card')
      .filter({ has: this.page.getByRole('heading', { name: label }) });
  }

  /** Adds an item to a list by typing it and pressing Enter. */
  async addItem(list: string, text: string): Promise<void> {
    const input = this.page.getByRole('textbox', { name: `Add to ${list}`, exact: true });
    await input.fill(text);
    await input.press('Enter');
    await expect(
      this.list(list)
        .getByRole('textbox', { name: new RegExp(`^${escape(list)}, item \\d+$`) })
        .last(),
    ).toHaveValue(text);
  }

  /** Opens the note of an item and types into it. */
  async addNote(list: string, item: string, note: string): Promise<void> {
    await this.list(list)
      .getByRole('button', { name: `Add a note to “${item}”` })
      .click();
    const editor = this.page.getByRole('textbox', { name: `Note on ${item}` });
    await editor.click();
    await this.page.keyboard.type(note);
  }

  /** Waits until every change is on disk. */
  async saved(): Promise<void> {
    await expect(this.page.locator('.save-indicator')).toHaveText('Saved');
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
