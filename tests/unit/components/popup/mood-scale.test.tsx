import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MoodScale } from '@/components/popup/mood-scale';
import { renderWithI18n } from '@/tests/unit/helpers/render';

describe('MoodScale', () => {
  it('names every level in words for screen readers, with the faces hidden', () => {
    renderWithI18n(<MoodScale name="mood" legend="How are you feeling?" value={null} onChoose={vi.fn()} />);

    const values = ['Very low', 'Low', 'Okay', 'Good', 'Great'].map(
      (word) => (screen.getByRole('radio', { name: word }) as HTMLInputElement).value,
    );

    expect(screen.getByRole('group', { name: 'How are you feeling?' })).toBeTruthy();
    expect(values).toEqual(['1', '2', '3', '4', '5']);
    expect(document.querySelectorAll('.mood-face[aria-hidden="true"]')).toHaveLength(5);
  });

  it('reports the chosen mood', () => {
    const onChoose = vi.fn();
    renderWithI18n(<MoodScale name="mood" legend="Mood" value={null} onChoose={onChoose} />);

    fireEvent.click(screen.getByRole('radio', { name: 'Good' }));

    expect(onChoose).toHaveBeenCalledWith(4);
  });

  it('shows the current mood as checked', () => {
    renderWithI18n(<MoodScale name="mood" legend="Mood" value={2} onChoose={vi.fn()} />);

    expect((screen.getByRole('radio', { name: 'Low' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(1);
  });

  it('is one radio group so the keyboard moves between levels with the arrow keys', () => {
    renderWithI18n(<MoodScale name="mood-after" legend="Mood" value={null} onChoose={vi.fn()} />);

    const names = new Set(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).name));

    expect([...names]).toEqual(['mood-after']);
  });
});
