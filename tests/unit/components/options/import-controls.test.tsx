import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ImportControls } from '@/components/options/import-controls';
import type { ImportOutcome } from '@/utils/domain/data/outcomes';
import { parseImport } from '@/utils/domain/data/parse-import';
import { readExportFixture, type ExportFixture } from '@/tests/unit/helpers/export-fixtures';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const formatDate = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

function setup(importFile = vi.fn((_text: string, _restore: boolean) => Promise.resolve(success()))) {
  renderWithI18n(<ImportControls importFile={importFile} formatDate={formatDate} />);
  return importFile;
}

function success(): ImportOutcome {
  const parsed = parseImport(readExportFixture('valid'));
  if (!parsed.ok) throw new Error('fixture must be valid');
  return {
    ok: true,
    summary: parsed.summary,
    added: { episodes: 2, nudges: 1, acts: 0, checkins: 0 },
    alreadyPresent: { episodes: 1, nudges: 0, acts: 3, checkins: 1 },
    settingsRestored: false,
  };
}

function choose(fixture: ExportFixture) {
  const input = screen.getByLabelText('Choose an export file') as HTMLInputElement;
  const file = new File([readExportFixture(fixture)], `${fixture}.json`, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('ImportControls', () => {
  it('shows what a valid file holds before importing anything', async () => {
    const importFile = setup();

    choose('valid');

    await waitFor(() => expect(screen.getByRole('heading', { name: 'This file holds' })).toBeTruthy());
    expect(screen.getByText('Saved on 2025-03-14 by Outward 0.1.0.')).toBeTruthy();
    expect(screen.getByText(/^\d+ records, from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\.$/)).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Records in the file' })).toBeTruthy();
    expect(importFile).not.toHaveBeenCalled();
  });

  it('says before importing that an episode still open in the file will be imported as ended', async () => {
    setup();

    choose('valid');

    expect(
      await screen.findByText(
        'Episodes still open in this file (it was saved during one): 1. They are imported as ended at their last activity.',
      ),
    ).toBeTruthy();
  });

  it('imports after confirmation and shows what was added and what was already here', async () => {
    const importFile = setup();

    choose('valid');
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));

    await waitFor(() => expect(screen.getByText('Imported 3 records; 5 were already here.')).toBeTruthy());
    expect(importFile).toHaveBeenCalledWith(readExportFixture('valid'), false);
    expect(screen.getByRole('table', { name: 'What the import did' })).toBeTruthy();
  });

  it('replaces the settings too only when asked', async () => {
    const importFile = setup();

    choose('valid');
    fireEvent.click(await screen.findByLabelText('Also replace my settings with the ones in this file'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(importFile).toHaveBeenCalledWith(expect.any(String), true));
  });

  it('cancels without importing', async () => {
    const importFile = setup();

    choose('valid');
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('heading', { name: 'This file holds' })).toBeNull();
    expect(importFile).not.toHaveBeenCalled();
  });

  it.each([
    ['newer-version', /made by a newer version of Outward/],
    ['foreign', /This is not an Outward export/],
    ['truncated', /stops part-way through/],
    ['broken-json', /not a readable export/],
    ['duplicate-ids', /appears more than once/],
  ] as const)('refuses a %s file, says exactly why, and changes nothing', async (fixture, message) => {
    const importFile = setup();

    choose(fixture);

    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(message));
    expect(screen.getByRole('alert').textContent).toContain('Nothing was imported; your history is as it was.');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(importFile).not.toHaveBeenCalled();
  });

  it('shows a problem the background found while merging', async () => {
    setup(
      vi.fn(() =>
        Promise.resolve<ImportOutcome>({ ok: false, problem: { code: 'interrupted', params: {}, message: 'x' } }),
      ),
    );

    choose('valid');
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('The import was interrupted before it finished.'),
    );
  });
});
