import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ExportControls } from '@/components/options/export-controls';
import { SaveRefused } from '@/components/options/save-status';
import { renderWithI18n } from '@/tests/unit/helpers/render';

describe('ExportControls', () => {
  it('exports the JSON file and says where it went', async () => {
    const exportJson = vi.fn(() => Promise.resolve());
    renderWithI18n(<ExportControls exportJson={exportJson} exportCsv={vi.fn()} />);

    fireEvent.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Your export file is being saved to your downloads.'),
    );
    expect(exportJson).toHaveBeenCalled();
  });

  it('says why the CSV files could not be made', async () => {
    const exportCsv = vi.fn(() => Promise.reject(new SaveRefused('No history here.')));
    renderWithI18n(<ExportControls exportJson={vi.fn()} exportCsv={exportCsv} />);

    fireEvent.click(screen.getByRole('button', { name: 'Export history as spreadsheets (CSV)' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No history here.'));
  });
});
