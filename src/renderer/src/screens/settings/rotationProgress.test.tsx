// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Progress = { done: number; total: number };
let emitProgress: (p: Progress) => void = () => undefined;
let finish: (r: { recoveryCode: string }) => void = () => undefined;
vi.mock('../../lib/api', () => ({
  api: {
    vault: {
      listBackups: async () => [],
      changePassphrase: () =>
        new Promise<{ recoveryCode: string }>((resolve) => {
          finish = resolve;
        }),
      saveRecoveryKit: async () => ({ path: null }),
      deleteBackups: async () => ({ deleted: 0 }),
    },
  },
  errorMessage: (e: unknown) => String(e),
  onEvent: (name: string, fn: (p: Progress) => void) => {
    if (name === 'rekeyProgress') emitProgress = fn;
    return () => undefined;
  },
}));
vi.mock('../../ui/Toast', () => ({ useToast: () => () => undefined, ToastProvider: () => null }));

// jsdom has no modal dialogs.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.open = false;
};

const { ChangePassphraseDialog } = await import('./SecretDialogs');

afterEach(cleanup);

describe('a passphrase change shows its progress', () => {
  it('follows the rotation of a ten-year vault file by file, then says it is done', async () => {
    render(<ChangePassphraseDialog open onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Current passphrase'), {
      target: { value: 'the old passphrase' },
    });
    for (const label of ['New passphrase', 'Confirm new passphrase'])
      fireEvent.change(screen.getByLabelText(label, { exact: true }), {
        target: { value: 'a brand new passphrase' },
      });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    });
    // Ten years: a journal shard a month, a meetings shard a year, and the rest.
    const total = 10 * 12 + 10 + 10 + 8;
    await act(async () => emitProgress({ done: 0, total }));
    expect(screen.getByText(/Re-encrypting your vault/)).toBeTruthy();
    await act(async () => emitProgress({ done: 74, total }));
    expect(screen.getByText(`Re-encrypting your vault… 74 of ${total} files`)).toBeTruthy();
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(
      Math.round((100 * 74) / total),
    );
    await act(async () => emitProgress({ done: total, total }));
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(100);
    await act(async () => finish({ recoveryCode: 'ABCD-EFGH-IJKL-MNOP' }));
    expect(screen.getByText(/Passphrase changed/)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
