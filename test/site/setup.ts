/** Before each file of the site project: wait for the project's own build (dist/), which most of them read
 * as they load. */
import { built } from '../built.ts';

await built('main');
