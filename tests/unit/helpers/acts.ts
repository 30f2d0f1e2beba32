import type { ResolvedAct } from '@/utils/domain/acts/types';

/** A small, free kind act as the picker hands it out, with `overrides` on top. */
export function aResolvedAct(overrides: Partial<ResolvedAct> = {}): ResolvedAct {
  return {
    id: 'thank-teacher',
    title: 'Thank a teacher',
    howTo: 'Write two lines.',
    why: 'It matters.',
    minutes: 3,
    cost: 'free',
    category: 'gratitude',
    link: null,
    ...overrides,
  };
}
