/** Outward's mark: a small sun-like circle opening outward. Decorative; the name is said in text. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg class="logo" width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="30" fill="var(--accent)" />
      <path
        d="M32 18a14 14 0 1 1-14 14"
        fill="none"
        stroke="var(--on-accent)"
        stroke-width="6"
        stroke-linecap="round"
      />
      <path
        d="M18 22v10h10"
        fill="none"
        stroke="var(--on-accent)"
        stroke-width="6"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
