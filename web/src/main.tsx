import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { initAccessToken } from "./api/access-token.js";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/controls.css";

initAccessToken();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
