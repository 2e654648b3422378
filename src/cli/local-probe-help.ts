import {
  DEFAULT_LM_STUDIO_URL,
  DEFAULT_OLLAMA_URL,
  DEFAULT_PROBE_TIMEOUT_MS,
} from "../engines/local-probe.js";

/**
 * The environment variables that steer the look for a model server on this machine
 * (src/engines/local-probe.ts), one line each, for the help of the commands that run
 * interviews. The defaults are the probe's own.
 */
export const LOCAL_PROBE_HELP = `Looking for a model on this machine (--engine auto, and no model configured):
  SPECWRIGHT_PROBE_LOCAL=0             do not look for Ollama or LM Studio running here
  SPECWRIGHT_PROBE_OLLAMA_URL=<url>    where to look for Ollama (default OLLAMA_HOST, or ${DEFAULT_OLLAMA_URL.replace(/^http:\/\//, "")})
  SPECWRIGHT_PROBE_LMSTUDIO_URL=<url>  where to look for LM Studio (default ${DEFAULT_LM_STUDIO_URL})
  SPECWRIGHT_PROBE_TIMEOUT_MS=<ms>     how long to wait for them, in all (default ${DEFAULT_PROBE_TIMEOUT_MS})
  OLLAMA_HOST=<host:port>              where Ollama listens, as Ollama reads it; 0.0.0.0 is here
`;
