import { useHealth } from "./hooks/useHealth.js";
import { useRoute } from "./hooks/useRoute.js";
import { useTheme } from "./hooks/useTheme.js";
import { ProjectScreen } from "./screens/ProjectScreen.js";
import { ProjectsScreen } from "./screens/ProjectsScreen.js";

/** The studio: the list of projects, or one project's interview and spec. */
export function App() {
  const { route, navigate } = useRoute();
  const theme = useTheme();
  const health = useHealth();
  if (route.screen === "project") {
    return (
      <ProjectScreen
        key={route.name}
        name={route.name}
        health={health}
        theme={theme}
        onLeave={() => navigate({ screen: "projects" })}
      />
    );
  }
  return (
    <ProjectsScreen health={health} theme={theme} onOpen={(name) => navigate({ screen: "project", name })} />
  );
}
