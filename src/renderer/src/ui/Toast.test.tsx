// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { ToastProvider, useToast } from './Toast';

afterEach(cleanup);

function Shows({ messages }: { messages: string[] }): ReactNode {
  const toast = useToast();
  useEffect(() => {
    for (const m of messages) toast(m);
  }, [messages, toast]);
  return null;
}

describe('notices', () => {
  it('show three at most, the newest ones, and the same words only once', () => {
    act(() => {
      render(
        <ToastProvider>
          <Shows messages={['One', 'Saved.', 'Two', 'Saved.', 'Three', 'Four']} />
        </ToastProvider>,
      );
    });
    const shown = screen.getByRole('status').querySelectorAll('.toast-message');
    expect([...shown].map((n) => n.textContent)).toEqual(['Saved.', 'Three', 'Four']);
  });
});
