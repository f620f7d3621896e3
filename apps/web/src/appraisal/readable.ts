// antd draws a few texts in greys below the WCAG's 4.5:1 (description labels, empty tables): these keep them readable.

/** Descriptions' `styles`: labels in the theme's secondary text colour (app/theme.ts), not antd's lighter tertiary one. */
export const READABLE_LABELS = { label: { color: 'rgba(0, 0, 0, 0.65)' } };
