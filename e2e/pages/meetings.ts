import { expect, type Locator, type Page } from '@playwright/test';
import { setDate } from '../fixtures/dateField';
import { setTime } from '../fixtures/timeField';
import { chooseOption } from '../fixtures/select';

/** The 1:1s screens as a user sees them: the schedule, a series dialog, a meeting's agenda. */
export class MeetingsPage {
  constructor(readonly page: Page) {}

  /** Opens the 1:1s schedule from the sidebar. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: '1:1s', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: '1:1s' })).toBeVisible();
  }

  /** Creates a series through the dialog. */
  async createSeries(s: {
    leader: string;
    cadence: string;
    time: string;
    zone?: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'New series' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New 1:1 series' });
    await chooseOption(dialog.getByLabel('Leader'), s.leader);
    await dialog.locator('label', { hasText: s.cadence }).click();
    await expect(dialog.getByLabel(s.cadence, { exact: true })).toBeChecked();
    await setTime(dialog, 'Time', s.time);
    if (s.zone) await dialog.getByLabel('Time zone').fill(s.zone);
    await dialog.getByRole('button', { name: 'Create series' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The rows of the "Coming up" list. */
  upcoming(): Locator {
    return this.page.locator('.meetings-occ');
  }

  /** Prepares (or opens) the first meeting still to come and lands on its agenda. */
  async prepareNext(): Promise<void> {
    await this.upcoming()
      .first()
      .getByRole('button', { name: /^(Prepare|Open the agenda):/ })
      .click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
  }

  /** One agenda section by its title. */
  section(title: string): Locator {
    return this.page
      .locator('.meetings-section')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }

  /** The agenda row holding `text`. */
  item(text: string): Locator {
    return this.page.locator('.meetings-item').filter({
      has: this.page.locator(
        `input[aria-label="Agenda item"][value="${text.replace(/"/g, '\\"')}"]`,
      ),
    });
  }

  /** The texts of a section's agenda items, in order. */
  async itemsIn(title: string): Promise<string[]> {
    const fields = await this.section(title).getByRole('textbox', { name: 'Agenda item' }).all();
    return Promise.all(fields.map((f) => f.inputValue()));
  }

  /** Adds an item to a section by typing it and pressing Enter. */
  async addItem(section: string, text: string): Promise<void> {
    const input = this.page.getByRole('textbox', {
      name: `Add an item to ${section}`,
      exact: true,
    });
    await input.fill(text);
    await input.press('Enter');
    await expect(this.item(text)).toBeVisible();
  }

  async markDiscussed(text: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Discussed: ${text}` }).check();
    await expect(this.item(text)).toHaveClass(/is-discussed/);
  }

  async defer(text: string): Promise<void> {
    await this.page.getByRole('button', { name: `Defer “${text}” to the next 1:1` }).click();
    await expect(this.item(text)).toHaveClass(/is-deferred/);
  }

  async decide(text: string, decision: string): Promise<void> {
    await this.page.getByRole('button', { name: `Decision on “${text}”` }).click();
    const field = this.page.getByRole('textbox', { name: `Decision on “${text}”` });
    await field.fill(decision);
    await field.press('Enter');
    await expect(field).toHaveValue(decision);
  }

  /** Adds an action item to the open meeting. */
  async addAction(a: { text: string; owner: string; due?: string; name?: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add action item' });
    await form.getByRole('textbox', { name: 'Action item' }).fill(a.text);
    await chooseOption(form.getByLabel('Owner'), a.owner);
    if (a.name) await form.getByLabel('Name').fill(a.name);
    if (a.due) await setDate(form, 'Due', a.due);
    await form.getByRole('button', { name: 'Add action item' }).click();
    await expect(
      this.page.getByRole('list', { name: 'Action items from this 1:1' }).getByText(a.text),
    ).toBeVisible();
  }

  /** The prep assistant's suggestion whose text is `text`. */
  suggestion(text: string | RegExp): Locator {
    return this.page
      .locator('.meetings-suggestion')
      .filter({ has: this.page.locator('.meetings-suggestion-text', { hasText: text }) });
  }
}
