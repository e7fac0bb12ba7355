// Finding 7: only confirmed self names are stored.
import { describe, expect, it } from 'vitest';
import { confirmedSelfName } from '../../src/calls/self-names';

const call = (speakers: string[]) => ({ coach: { utterances: speakers.map((speaker) => ({ speaker })) } }) as never;

describe('confirmedSelfName', () => {
  it('keeps a picked name that is a speaker of the call', () => {
    expect(confirmedSelfName(call(['Dr. Alice Smith', 'Bob Jones']), 'Dr. Alice Smith')).toBe('Dr. Alice Smith');
    expect(confirmedSelfName(call(['Dra. María López', 'Bob Jones']), 'Dra. María López')).toBe('Dra. María López');
  });
  it('refuses a name nobody spoke under, platform aliases and decorated names', () => {
    expect(confirmedSelfName(call(['Bob Jones']), 'Dr. Alice Smith')).toBeNull();
    for (const alias of ['You', 'Ty', 'Du', 'U', 'Tú']) expect(confirmedSelfName(call([alias]), alias)).toBeNull();
    expect(confirmedSelfName(call(['Alice Smith (Host)']), 'Alice Smith (Host)')).toBeNull();
    expect(confirmedSelfName(null, 'Alice')).toBeNull();
    expect(confirmedSelfName(call(['A']), 'A')).toBeNull();
  });
});
