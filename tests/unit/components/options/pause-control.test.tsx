import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PauseControl } from '@/components/options/pause-control';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const NOW = Date.UTC(2025, 2, 14, 12, 0);
const formatTime = (epochMs: number) => new Date(epochMs).toISOString().slice(11, 16);

function setup(pausedUntil: number | null) {
  const pause = vi.fn(() => Promise.resolve());
  const resume = vi.fn(() => Promise.resolve());
  renderWithI18n(
    <PauseControl pausedUntil={pausedUntil} now={NOW} formatTime={formatTime} pause={pause} resume={resume} />,
  );
  return { pause, resume };
}

describe('PauseControl', () => {
  it('says nudges are on and offers both pauses, but no resume', () => {
    setup(null);

    expect(screen.getByText('Nudges are on.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resume nudges' })).toBeNull();
  });

  it.each([
    ['Pause for an hour', 'hour'],
    ['Pause for the rest of today', 'today'],
  ])('"%s" pauses for %s and says "Saved"', async (name, length) => {
    const { pause } = setup(null);

    fireEvent.click(screen.getByRole('button', { name }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(pause).toHaveBeenCalledWith(length);
  });

  it('says until when nudges are paused and resumes them', async () => {
    const { resume } = setup(NOW + 3_600_000);

    expect(screen.getByText('Nudges are paused until 13:00.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume nudges' }));

    await waitFor(() => expect(resume).toHaveBeenCalled());
  });

  it('treats a pause that has ended as on', () => {
    setup(NOW - 1);

    expect(screen.getByText('Nudges are on.')).toBeTruthy();
  });
});
