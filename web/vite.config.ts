import react from "@vitejs/plugin-react";
import { defineConfig, type UserConfig } from "vite";

/**
 * Builds the studio into web/dist, which `specwright serve` serves at `/`. In
 * development (`npm run dev:web`) the API and the WebSocket go to a server on port 8888,
 * started with `--allow-origin http://localhost:5173` so that it accepts this page.
 */
const config = {
  plugins: [react()],
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Names carry a content hash, so the server can cache everything under assets/ for a year.
    assetsDir: "assets",
    sourcemap: false,
  },
  server: {
    proxy: {
      "/api": { target: "http://127.0.0.1:8888", ws: true },
    },
  },
} satisfies UserConfig;

export default defineConfig(({ command }) => {
  // A build started from inside another tool (a test runner sets NODE_ENV=test) is still
  // the build people get: React's production code, JSX compiled without debug details.
  if (command === "build") process.env.NODE_ENV = "production";
  return config;
});
