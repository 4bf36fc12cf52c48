import { describe, expect, it, vi } from 'vitest';
import { createFakeShell } from './testing/fakeElectron';
import { mailtoLink } from '../shared/mailto';

const fake = vi.hoisted(() => ({ shell: null as unknown }));
vi.mock('electron', () => ({
  get shell() {
    return fake.shell;
  },
  clipboard: { writeText: () => undefined },
  dialog: {},
}));

const { createShellServices, isExternalAllowed } = await import('./shellServices');

describe('shell services', () => {
  it('shows an exported file in the file manager and opens it in its app', async () => {
    const shell = createFakeShell();
    fake.shell = shell;
    const services = createShellServices(() => null);
    services.showInFolder('/home/a/Agenda.docx');
    await services.openPath('/home/a/Agenda.docx');
    expect(shell.shown).toEqual(['/home/a/Agenda.docx']);
    expect(shell.opened).toEqual(['/home/a/Agenda.docx']);
  });

  it('reports a file the system could not open', async () => {
    fake.shell = createFakeShell({ openPathError: 'No application is registered' });
    await expect(createShellServices(() => null).openPath('/x.docx')).rejects.toThrow(
      'No application is registered',
    );
  });

  it('hands the system web links and the app’s own mail links, nothing else', async () => {
    const shell = createFakeShell();
    fake.shell = shell;
    const services = createShellServices(() => null);
    const mail = mailtoLink('Follow-up: 1:1 with Dana', 'Hi Dana,\n\n- Ship it & celebrate');
    for (const url of [
      'https://example.com/plan',
      mail,
      'mailto:dana@example.com',
      'mailto:dana@example.com?subject=Hi',
      'mailto:?subject=a&attach=/etc/passwd',
      'mailto:a@x.com,b@y.com',
      'mailto:?subject=a&subject=b',
      'mailto:?subject=a&bcc=spy@example.com',
      'mailto:%0Abcc:spy@example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ])
      await services.openExternal(url);
    expect(shell.external).toEqual([
      'https://example.com/plan',
      mail,
      'mailto:dana@example.com',
      'mailto:dana@example.com?subject=Hi',
    ]);
    expect(isExternalAllowed('mailto:?body=%ZZ')).toBe(false);
    expect(isExternalAllowed('mailto:?body=x')).toBe(true);
  });
});
