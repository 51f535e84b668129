import { useState } from 'react';

/**
 * The switch that lets the log's map load OpenStreetMap's tiles, the one thing that sends anything
 * off the machine. Turning it on first asks the browser's consent where the browser has one to ask
 * (Firefox's data-collection consent); a refusal leaves the map offline and says so.
 */
export function OnlineMapSwitch(props: {
  on: boolean;
  /** The browser's consent to (on) or withdrawal of (off) what the tiles send; true where none is asked. */
  consent: (on: boolean) => Promise<boolean>;
  onChange: (on: boolean) => Promise<void>;
}) {
  const [refused, setRefused] = useState(false);
  const change = async (on: boolean) => {
    // Asked first, while the click still counts as the user's gesture.
    const allowed = await props.consent(on);
    setRefused(on && !allowed);
    if (allowed || !on) await props.onChange(on);
  };
  return (
    <div className="map-option">
      <label>
        <input type="checkbox" checked={props.on} onChange={(e) => void change(e.target.checked)} /> Online
        map (OpenStreetMap tiles: the map then contacts tile.openstreetmap.org)
      </label>
      {refused && (
        <p role="status" className="muted">
          The browser did not allow the map to contact OpenStreetMap, so it stays offline.
        </p>
      )}
    </div>
  );
}
