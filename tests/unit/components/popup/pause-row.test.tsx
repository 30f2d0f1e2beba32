import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PauseRow } from '@/components/popup/pause-row';
import { renderWithI18n } from '../../helpers/render';

const NOW = new Date(2026, 5, 17, 14, 30).getTime();
const MIDNIGHT = new Date(2026, 5, 18).getTime();

describe('PauseRow', () => {
  it('pauses for the rest of today and then says until when, with a way to resume', async () => {
    const pause = vi.fn(() => Promise.resolve(MIDNIGHT));
    renderWithI18n(
      <PauseRow
        pausedUntil={null}
        now={NOW}
        formatTime={() => 'Thu 00:00'}
        pause={pause}
        resume={() => Promise.resolve(null)}
      />,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Pause nudges' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause for the rest of today' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Nudges are paused until Thu 00:00.'));
    expect(pause).toHaveBeenCalledWith('today');
    expect(screen.getByRole('button', { name: 'Resume nudges' })).toBeTruthy();
  });

  it('resumes a pause that is still running', async () => {
    renderWithI18n(
      <PauseRow
        pausedUntil={MIDNIGHT}
        now={NOW}
        formatTime={() => 'Thu 00:00'}
        pause={() => Promise.resolve(MIDNIGHT)}
        resume={() => Promise.resolve(null)}
      />,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Resume nudges' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Pause nudges' })).toBeTruthy());
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
