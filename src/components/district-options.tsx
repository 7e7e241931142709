/** The options of a "Which district?" select: first "any" (its own words on each page), then the area's districts by name. */
import { districts } from '../config/area';

export function DistrictOptions({ anyLabel }: { anyLabel: string }) {
  return (
    <>
      <option value="">{anyLabel}</option>
      {districts.map((d) => (
        <option key={d.ladCode} value={d.ladCode}>
          {d.name}
        </option>
      ))}
    </>
  );
}
