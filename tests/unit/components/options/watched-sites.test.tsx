import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { WatchedSites, type WatchedSiteActions } from '@/components/options/watched-sites';
import type { SiteAccess } from '@/utils/domain/settings/site-access';
import type { WatchedSite } from '@/utils/domain/settings/schema';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const sites: WatchedSite[] = [
  { host: 'reddit.com', enabled: true, minutesBeforeNudge: null },
  { host: 'x.com', enabled: false, minutesBeforeNudge: 5 },
];
const ACCESS: Record<string, SiteAccess> = { 'reddit.com': 'granted', 'x.com': 'none' };

function setup(overrides: Partial<WatchedSiteActions> = {}, access: Record<string, SiteAccess> = ACCESS) {
  const actions: WatchedSiteActions = {
    add: vi.fn(() => Promise.resolve<SiteAccess>('granted')),
    grant: vi.fn(() => Promise.resolve<SiteAccess>('granted')),
    grantAll: vi.fn(() => Promise.resolve(2)),
    setEnabled: vi.fn(() => Promise.resolve()),
    setMinutes: vi.fn(() => Promise.resolve()),
    remove: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
  renderWithI18n(
    <WatchedSites sites={sites} accessOf={(host) => access[host] ?? 'none'} globalMinutes={15} actions={actions} />,
  );
  return actions;
}
const row = (host: string) => screen.getByRole('heading', { name: host }).closest('li') as HTMLElement;
const addField = () => screen.getByLabelText('Add a site') as HTMLInputElement;
function typeSite(text: string) {
  fireEvent.input(addField(), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
}

describe('WatchedSites', () => {
  it('lists each site with its access, on/off only where it has access, and own minutes over the general value', () => {
    setup();

    expect((screen.getByLabelText('Watching reddit.com') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('Watching x.com')).toBeNull();
    expect(within(row('reddit.com')).getByText('Access granted')).toBeTruthy();
    expect(within(row('x.com')).getByText('No access yet, so Outward cannot watch it')).toBeTruthy();
    expect((screen.getByLabelText('Minutes before a nudge here x.com') as HTMLInputElement).value).toBe('5');
    expect((screen.getByLabelText('Minutes before a nudge here reddit.com') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Minutes before a nudge here reddit.com') as HTMLInputElement).placeholder).toBe(
      '15',
    );
  });

  it('offers Grant access only for a site without it, and reports what the browser gave', async () => {
    const actions = setup();

    expect(screen.queryByRole('button', { name: /Grant access to all/ })).toBeNull();
    expect(within(row('reddit.com')).queryByRole('button', { name: /Grant access/ })).toBeNull();
    fireEvent.click(within(row('x.com')).getByRole('button', { name: 'Grant access x.com' }));

    await waitFor(() => expect(within(row('x.com')).getAllByText('Access granted').length).toBeGreaterThan(0));
    expect(actions.grant).toHaveBeenCalledWith('x.com');
  });

  it('says so when the person declines access', async () => {
    setup({ grant: vi.fn(() => Promise.resolve<SiteAccess>('none')) });

    fireEvent.click(screen.getByRole('button', { name: 'Grant access x.com' }));

    await waitFor(() => expect(screen.getByText('Access was not given. Nothing changed.')).toBeTruthy());
  });

  it('adds a site typed as a full address under its canonical host and says it can be watched', async () => {
    const actions = setup();

    typeSite('https://www.Example.org/some/page');

    await waitFor(() => expect(screen.getByText('Added example.org. Outward can watch it now.')).toBeTruthy());
    expect(actions.add).toHaveBeenCalledWith('example.org');
    expect(addField().value).toBe('');
  });

  it('says plainly when a site was added without access', async () => {
    setup({ add: vi.fn(() => Promise.resolve<SiteAccess>('none')) });

    typeSite('example.org');

    await waitFor(() => expect(screen.getByText(/Added example.org, but access was not given/)).toBeTruthy());
  });

  it.each([
    ['javascript:alert(1)', 'Only web sites (addresses starting with http or https) can be watched.'],
    [
      'localhost',
      'Please use a full domain with a dot, such as example.com. Names like “localhost” cannot be watched.',
    ],
    ['www.reddit.com', 'reddit.com is already in your list.'],
    ['old.reddit.com', 'old.reddit.com is already watched as part of reddit.com.'],
    ['', 'Please type a site, for example example.com.'],
  ])('refuses %j with a reason next to the field and adds nothing', async (text, message) => {
    const actions = setup();

    typeSite(text);

    await waitFor(() => expect(screen.getByText(message)).toBeTruthy());
    expect(addField().getAttribute('aria-invalid')).toBe('true');
    expect(addField().getAttribute('aria-describedby')).toContain('site-add-error');
    expect(actions.add).not.toHaveBeenCalled();
  });

  it('turns a site off and says "Saved"', async () => {
    const actions = setup();

    fireEvent.click(screen.getByLabelText('Watching reddit.com'));

    await waitFor(() => expect(within(row('reddit.com')).getByText('Saved')).toBeTruthy());
    expect(actions.setEnabled).toHaveBeenCalledWith('reddit.com', false);
  });

  it('stores a site its own minutes, and an emptied field as "use the general setting"', async () => {
    const actions = setup();

    fireEvent.change(screen.getByLabelText('Minutes before a nudge here reddit.com'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Minutes before a nudge here x.com'), { target: { value: '' } });

    await waitFor(() => expect(actions.setMinutes).toHaveBeenCalledTimes(2));
    expect(actions.setMinutes).toHaveBeenCalledWith('reddit.com', 30);
    expect(actions.setMinutes).toHaveBeenCalledWith('x.com', null);
  });

  it('removes a site and says its access was given back', async () => {
    const actions = setup();

    fireEvent.click(screen.getByRole('button', { name: 'Remove x.com' }));

    await waitFor(() => expect(screen.getByText('Removed x.com. Outward no longer has access to it.')).toBeTruthy());
    expect(actions.remove).toHaveBeenCalledWith('x.com');
  });

  it('asks for every site that lacks access in one go when more than one does', async () => {
    const actions = setup({}, { 'reddit.com': 'partial', 'x.com': 'none' });

    fireEvent.click(screen.getByRole('button', { name: 'Grant access to all 2 sites that lack it' }));

    await waitFor(() => expect(screen.getByText('Outward can now watch 2 of your sites.')).toBeTruthy());
    expect(actions.grantAll).toHaveBeenCalledWith(['reddit.com', 'x.com']);
  });

  it('shows why a change could not be saved', async () => {
    setup({ setEnabled: vi.fn(() => Promise.reject(new Error('storage full'))) });

    fireEvent.click(screen.getByLabelText('Watching reddit.com'));

    await waitFor(() => expect(screen.getByText('Could not save: storage full')).toBeTruthy());
    expect((screen.getByLabelText('Watching reddit.com') as HTMLInputElement).checked).toBe(true);
  });
});
