import { describe, expect, it } from 'vitest';
import type { Utterance } from '../../src/captions/types';
import { rolesWithSelf } from '../../src/calls/self-roles';
import { speakersToPick } from '../../src/ui/panel/self-picker';

const u = (id: string, speaker: string, role: Utterance['role'], startMs: number): Utterance => ({
  id, speaker, role, text: 'x', startMs, endMs: startMs + 1, revision: 0,
});

describe('rolesWithSelf', () => {
  it('makes the picked speaker the clinician and the first other speaker the patient', () => {
    // As captured without a known self name: the clinician spoke first and was taken for the patient.
    const us = [u('1', 'Dr. Alice Smith', 'patient', 1), u('2', 'Bob Jones', 'other', 2), u('3', 'Dr. Alice Smith', 'patient', 3), u('4', 'Interpreter', 'other', 4)];
    const roles = rolesWithSelf(us, ['Dr. Alice Smith']);
    expect([...roles.entries()]).toEqual([['1', 'clinician'], ['2', 'patient'], ['3', 'clinician'], ['4', 'other']]);
  });

  it('keeps a clinician the platform already identified (Meet "You")', () => {
    const roles = rolesWithSelf([u('1', 'You', 'clinician', 1), u('2', 'Sam', 'patient', 2)], ['Somebody Else']);
    expect(roles.get('1')).toBe('clinician');
    expect(roles.get('2')).toBe('patient');
  });

  it('orders by start time, not by arrival', () => {
    const roles = rolesWithSelf([u('b', 'Bob', 'other', 20), u('c', 'Carol', 'other', 10), u('a', 'Me', 'patient', 5)], ['Me']);
    expect(roles.get('c')).toBe('patient');
    expect(roles.get('b')).toBe('other');
  });
});

describe('speakersToPick', () => {
  it('lists distinct speakers in order of appearance while no clinician is known', () => {
    expect(speakersToPick([u('1', 'A', 'patient', 1), u('2', 'B', 'other', 2), u('3', 'A', 'patient', 3)])).toEqual(['A', 'B']);
  });
  it('asks nothing once a clinician is known', () => {
    expect(speakersToPick([u('1', 'You', 'clinician', 1), u('2', 'B', 'patient', 2)])).toEqual([]);
  });
});

describe('live corrections (me / patient / interpreter / family)', () => {
  const call = [u('1', 'Dr. Alice Smith', 'clinician', 1), u('2', 'María García', 'patient', 2), u('3', 'Bob Jones', 'other', 3), u('4', 'Carol Jones', 'other', 4)];
  it('marking the real patient and an interpreter relabels every utterance', () => {
    const roles = rolesWithSelf(call, [], { 'Bob Jones': 'patient', 'María García': 'interpreter' });
    expect([...roles.values()]).toEqual(['clinician', 'other', 'patient', 'other']);
  });
  it('marking someone else "me" takes the clinician role away from a wrongly detected self', () => {
    const roles = rolesWithSelf(call, [], { 'Carol Jones': 'me' });
    expect([...roles.values()]).toEqual(['patient', 'other', 'other', 'clinician']);
  });
  it('family is "other"; names compare like the content script does', () => {
    expect(rolesWithSelf(call, [], { 'carol  jones (guest)': 'family' }).get('4')).toBe('other');
  });
});
