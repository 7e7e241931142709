/** The area file (data/area.json): everything that changes when another council deploys the app. */
import area from '../../data/area.json';

export default area;
