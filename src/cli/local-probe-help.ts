/**
 * The environment variables that steer the look for a model server on this machine
 * (src/engines/local-probe.ts), one line each, for the help of the commands that run
 * interviews. The defaults are the probe's own.
 */
export const LOCAL_PROBE_HELP = `Looking for a model on this machine (--engine auto, and no model configured):
  SPECWRIGHT_PROBE_LOCAL=0             do not look for Ollama or LM Studio running here
  SPECWRIGHT_PROBE_OLLAMA_URL=<url>    where to look for Ollama (default OLLAMA_HOST, or 127.0.0.1:11434)
  SPECWRIGHT_PROBE_LMSTUDIO_URL=<url>  where to look for LM Studio (default http://127.0.0.1:1234)
  SPECWRIGHT_PROBE_TIMEOUT_MS=<ms>     how long to wait for them, in all (default 300)
  OLLAMA_HOST=<host:port>              where Ollama listens, as Ollama reads it; 0.0.0.0 is here
`;
