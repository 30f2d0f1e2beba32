import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SitePicker } from '@/components/welcome/site-picker';
import { renderWithI18n } from '../../helpers/render';

describe('SitePicker', () => {
  it('asks for exactly the ticked suggestions and the person’s own site', () => {
    const allow = vi.fn((hosts: string[]) => Promise.resolve(void hosts));
    renderWithI18n(<SitePicker suggested={['reddit.com', 'x.com', 'tiktok.com']} allow={allow} />);

    fireEvent.click(screen.getByRole('checkbox', { name: 'x.com' }));
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'https://news.example.org/top' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    fireEvent.click(screen.getByRole('button', { name: 'Allow the chosen sites (2)' }));

    expect(allow).toHaveBeenCalledWith(['x.com', 'news.example.org']);
  });

  it('ticks nothing until the person does, so nothing can be asked for', () => {
    renderWithI18n(<SitePicker suggested={['reddit.com', 'x.com']} allow={() => Promise.resolve()} />);

    expect(screen.getAllByRole<HTMLInputElement>('checkbox').filter((box) => box.checked)).toHaveLength(0);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Allow the chosen sites (0)' }).disabled).toBe(true);
  });

  it('says why a typed site is refused', () => {
    renderWithI18n(<SitePicker suggested={['reddit.com']} allow={() => Promise.resolve()} />);

    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'old.reddit.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));

    expect(screen.getByRole('alert').textContent).toContain('reddit.com');
  });
});
