// The submissions domain's view of its event contracts.
export * from '@par/contracts';
