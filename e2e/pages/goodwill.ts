import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from '../fixtures/select';

/** The goodwill screen as a user sees it: accounts, the entry dialog, the ledger, the balance chart and table. */
export class GoodwillPage {
  constructor(readonly page: Page) {}

  /** Opens the goodwill screen from the sidebar. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Goodwill', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Goodwill' })).toBeVisible();
  }

  /** Records a deposit or a withdrawal through the dialog. */
  async record(line: {
    kind: 'deposit' | 'withdrawal';
    points: number;
    category: string;
    note: string;
    meeting?: string;
  }): Promise<void> {
    await this.page
      .getByRole('main')
      .getByRole('button', {
        name: line.kind === 'deposit' ? 'Deposit' : 'Withdrawal',
        exact: true,
      })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog', {
      name: line.kind === 'deposit' ? 'Record a deposit' : 'Record a withdrawal',
    });
    await dialog.getByRole('radio', { name: String(line.points), exact: true }).check();
    await chooseOption(dialog.getByLabel('Category'), line.category);
    await dialog.getByLabel('Note').fill(line.note);
    if (line.meeting) await chooseOption(dialog.getByLabel('Linked 1:1 (optional)'), line.meeting);
    await dialog
      .getByRole('button', {
        name: line.kind === 'deposit' ? 'Record deposit' : 'Record withdrawal',
      })
      .click();
    await expect(dialog).toBeHidden();
  }

  /** The ledger table of the open account. */
  ledger(): Locator {
    return this.page.locator('.goodwill-ledger-card table');
  }

  /** The running balances shown in the ledger, newest first. */
  async runningBalances(): Promise<string[]> {
    return this.ledger().locator('tbody td.goodwill-running').allInnerTexts();
  }

  /** The balance card of the open account. */
  balanceCard(): Locator {
    return this.page.locator('.goodwill-balance');
  }

  /** Switches the balance card between its chart and its table. */
  async showAs(what: 'Chart' | 'Table'): Promise<void> {
    await this.balanceCard()
      .getByRole('group', { name: 'Show as' })
      .getByRole('button', { name: what })
      .click();
  }
}
