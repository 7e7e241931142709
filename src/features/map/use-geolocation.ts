/** "Use my location": one position request, with a plain reason when there is no answer. */
import { useState } from 'preact/hooks';

export type LocationProblem = 'denied' | 'unavailable' | 'unsupported';

export function useGeolocation(onPosition: (lat: number, lon: number) => void) {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<LocationProblem | undefined>();

  function request() {
    setProblem(undefined);
    if (!('geolocation' in navigator)) return setProblem('unsupported');
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onPosition(position.coords.latitude, position.coords.longitude);
      },
      (error) => {
        setLocating(false);
        setProblem(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
      },
      // A town-level fix is enough for "near me", and a cached one saves battery.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 },
    );
  }

  return { request, locating, problem, clearProblem: () => setProblem(undefined) };
}
