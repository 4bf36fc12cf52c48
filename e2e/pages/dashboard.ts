import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from '../fixtures/select';

/** The dashboard as a user sees it: the leader picker, projects, metrics and the export. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  /** Opens the dashboard from the sidebar and waits for it to be drawn. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Dashboard', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(this.page.getByTestId('dashboard-ready')).toBeVisible();
  }

  /** Shows one leader's page, or all leaders. */
  async showFor(leader: string): Promise<void> {
    await chooseOption(this.page.getByLabel('Show the dashboard for'), leader);
    await expect(this.page.getByTestId('dashboard-ready')).toBeVisible();
  }

  /** A card of the dashboard by its title. */
  card(title: string): Locator {
    return this.page
      .locator('.dash-card')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  /** Adds a project, then sets its status and one-line update in place. */
  async addProject(p: { name: string; status: string; update: string }): Promise<void> {
    const card = this.card('Projects');
    await card.getByRole('textbox', { name: 'New project' }).fill(p.name);
    await card.getByRole('button', { name: 'Add project' }).click();
    await chooseOption(card.getByLabel(`Status of ${p.name}`), p.status);
    await expect(card.getByLabel(`Status of ${p.name}`)).toHaveText(p.status);
    const update = card.getByRole('textbox', { name: `One-line update for ${p.name}` });
    await update.fill(p.update);
    await update.press('Enter');
  }

  /** Adds a key metric with its value and target. */
  async addMetric(m: { name: string; value: string; target: string }): Promise<void> {
    const card = this.card('Key metrics');
    await card.getByRole('textbox', { name: 'New metric' }).fill(m.name);
    await card.getByRole('button', { name: 'Add metric' }).click();
    const value = card.getByRole('textbox', { name: `Current value of ${m.name}` });
    await value.fill(m.value);
    await value.press('Enter');
    const target = card.getByRole('textbox', { name: `Target of ${m.name}` });
    await target.fill(m.target);
    await target.press('Enter');
  }
}
