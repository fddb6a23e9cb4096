import {
  isKafkaRebalanceAction,
  rebalanceActionsFor,
} from './rebalanceActions';

describe('rebalanceActionsFor', () => {
  it('allows approve only with a proposal ready', () => {
    expect(rebalanceActionsFor('ProposalReady')).toEqual([
      'approve',
      'refresh',
    ]);
    for (const state of [
      'PendingProposal',
      'Rebalancing',
      'Ready',
      'Stopped',
    ]) {
      expect(rebalanceActionsFor(state)).not.toContain('approve');
    }
  });

  it('allows stop while a proposal is computed or a rebalance runs', () => {
    expect(rebalanceActionsFor('Rebalancing')).toEqual(['stop']);
    expect(rebalanceActionsFor('PendingProposal')).toEqual(['stop']);
  });

  it('allows nothing in a state Strimzi does not act on', () => {
    expect(rebalanceActionsFor('New')).toEqual([]);
    expect(rebalanceActionsFor('ReconciliationPaused')).toEqual([]);
    expect(rebalanceActionsFor(undefined)).toEqual([]);
    // Not a key of Object.prototype either.
    expect(rebalanceActionsFor('constructor')).toEqual([]);
  });

  it('recognises the three actions only', () => {
    expect(['approve', 'stop', 'refresh'].every(isKafkaRebalanceAction)).toBe(
      true,
    );
    expect(isKafkaRebalanceAction('template')).toBe(false);
  });
});
