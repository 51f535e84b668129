export function AboutSection({ version }: { version: string }) {
  return (
    <section className="about">
      <h2>About Conflict Reader</h2>
      <p>Version {version}.</p>
      <h3>Privacy</h3>
      <p>
        Everything stays on this computer. Articles, events, corrections and settings are stored in your
        browser's own storage for this extension, and the extension reads a page only when you ask it to or on
        sites you listed in Settings. Nothing is sent anywhere, with one exception you choose: if you turn on
        the online map in the event log, its tiles are loaded from OpenStreetMap's tile server
        (tile.openstreetmap.org), which then learns your internet address and which map areas you look at. It
        is off unless you turn it on; Firefox asks for your consent when you do.
      </p>
      <p>
        The pages you read cannot see what you coded: the sentences of your events and what your corrections
        recognise are marked where page scripts cannot read them.
      </p>
      <h3>Licence</h3>
      <p>
        Conflict Reader's code is under the MIT License (<a href="LICENSE.txt">LICENSE.txt</a>). The data it
        ships keeps its own licences, listed below and in <a href="NOTICE.txt">NOTICE.txt</a>; the bundled
        libraries' licence texts are in the extension's third-party-licences folder.
      </p>
      <p>
        The place gazetteer is a database derived from GeoNames and from sources under the Open Database
        License, so it is available under the Open Database License 1.0, not the MIT License: you may reuse
        it, and a database you derive from it and use publicly must be offered under the same licence.
      </p>
      <h3>Credits and licences</h3>
      <ul className="plain-list">
        <li>
          Place names and coordinates: <a href="https://www.geonames.org/">GeoNames</a>, licensed under{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0</a>; country
          names and demonyms from world-countries and first-level regions from the countries-states-cities
          database, both under the{' '}
          <a href="https://opendatacommons.org/licenses/odbl/1-0/">Open Database License</a>. The gazetteer
          built from them is a derived database under the Open Database License, with this attribution to
          GeoNames kept.
        </li>
        <li>
          Map outlines: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), through
          world-atlas (ISC); maps drawn with Leaflet (BSD 2-Clause) and Leaflet.markercluster (MIT). When you
          turn on the online map, its tiles come from{' '}
          <a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>. Country codes
          and ACLED regions for exports: world-countries (Open Database License).
        </li>
        <li>Article extraction: Mozilla Readability (Apache License 2.0). CSV: Papa Parse (MIT).</li>
        <li>Storage: Dexie.js (Apache License 2.0). Interface: React (MIT). Validation: Zod (MIT).</li>
        <li>
          Event and actor categories follow the ACLED codebook (Armed Conflict Location &amp; Event Data).
        </li>
      </ul>
    </section>
  );
}
