// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { AboutSection } from '@/components/log/AboutSection';
import { mount } from './support';

describe('AboutSection', () => {
  it('states the code licence and links the licence files shipped in the package', () => {
    const host = mount(<AboutSection version="1.2.3" />);
    expect(host.textContent).toMatch(/code is under the MIT License/);
    const links = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['LICENSE.txt', 'NOTICE.txt']));
  });

  it('credits the data under its own licences and says the gazetteer is share-alike', () => {
    const host = mount(<AboutSection version="1.2.3" />);
    const text = host.textContent ?? '';
    expect(text).toMatch(/GeoNames, licensed under Creative Commons Attribution 4\.0/);
    expect(text).toMatch(/gazetteer[^.]*available under the Open Database License 1\.0, not the MIT License/);
    expect(text).toMatch(/derive from it and use publicly must be offered under the same licence/);
  });

  it('says in its privacy statement that the opt-in online map contacts OpenStreetMap', () => {
    const host = mount(<AboutSection version="1.2.3" />);
    const text = host.textContent ?? '';
    expect(text).toMatch(/turn on the online map[^.]*tile\.openstreetmap\.org/);
    expect(text).toMatch(/off unless you turn it on/);
  });
});
