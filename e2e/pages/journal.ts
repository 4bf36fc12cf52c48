import { expect, type Locator, type Page } from '@playwright/test';
import { setDate } from '../fixtures/dateField';
import { chooseOption } from '../fixtures/select';

/** The journal screen: list, search, filters, the open entry. */
export class JournalPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journal', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  }

  /** The text area of the open entry. */
  get body(): Locator {
    return this.page.getByRole('textbox', { name: 'Entry text' });
  }

  get entries(): Locator {
    return this.page.getByRole('list', { name: /^Entries/ });
  }

  /** Starts a blank entry and waits for its editor. */
  async newEntry(): Promise<void> {
    await this.page.getByRole('button', { name: 'New entry' }).click();
    await expect(this.body).toBeVisible();
  }

  async setDate(date: string): Promise<void> {
    await setDate(this.page, 'Date', date);
  }

  async setTitle(title: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Title' }).fill(title);
  }

  async addTags(...tags: string[]): Promise<void> {
    const input = this.page.getByRole('combobox', { name: 'Add a tag' });
    for (const t of tags) {
      await input.fill(t);
      await input.press('Enter');
      await expect(
        this.page.getByRole('list', { name: 'Tags' }).getByText(`#${t}`, { exact: true }),
      ).toBeVisible();
    }
  }

  async setMood(n: number): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${n},`) }).check({ force: true });
  }

  async setLeader(name: string): Promise<void> {
    await chooseOption(this.page.getByLabel('About'), name);
  }

  /** Waits until the entry is on disk. */
  async saved(): Promise<void> {
    await expect(this.page.locator('.save-indicator')).toHaveText('Saved');
  }

  async search(query: string): Promise<Locator> {
    const box = this.page.getByRole('searchbox', { name: 'Search the journal' });
    await box.fill(query);
    const results = this.page.getByRole('list', { name: 'Search results' });
    await expect(results).toBeVisible();
    return results;
  }

  async clearSearch(): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search the journal' }).fill('');
  }

  async showFilters(): Promise<Locator> {
    const toggle = this.page.getByRole('button', { name: 'Filters' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return this.page.getByRole('group', { name: 'Filters' });
  }
}
