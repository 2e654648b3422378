import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection on demand, without asking the person to start node with
 * --expose-gc: the flag is set at run time, and a fresh context picks up the `gc` global.
 */
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

export function collectGarbage(): void {
  collect();
}
