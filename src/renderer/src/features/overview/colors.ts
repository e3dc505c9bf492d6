/**
 * A status colour as the overview and settings draw it: shade 6 reads on white and on Mantine's
 * dark background alike (the `filled` shade of gray, in dark mode, nearly vanishes).
 */
export const chartColor = (color: string) => (color === 'dark' ? 'dark.3' : `${color}.6`);

/** The same colour as a CSS value, for swatches. */
export const chartColorVar = (color: string) =>
  color === 'dark' ? 'var(--mantine-color-dark-3)' : `var(--mantine-color-${color}-6)`;
