/** Claims as CSV: building rows, neutralising formulas, reading an edited file back into changes. Pure. */
export * from './columns';
export * from './cells';
export * from './rows';
export * from './parse';
export * from './plan';
