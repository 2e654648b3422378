/** A small, valid app spec with `featureCount` (at least 1) feature lines, written the way a model would. */
export function validSpecText(featureCount = 3, projectName = "tasks"): string {
  const features = Array.from(
    { length: featureCount - 1 },
    (_, index) => `      - A person can do task number ${index + 1}`,
  );
  return `<project_specification>
  <project_name>${projectName}</project_name>
  <overview>A small to-do app for busy parents & their kids.</overview>
  <technology_stack>
    <frontend>React with TypeScript</frontend>
    <backend>
      Node.js
      <database>SQLite</database>
    </backend>
    <communication>REST over HTTP</communication>
  </technology_stack>
  <prerequisites>- Node.js 20</prerequisites>
  <feature_count>${featureCount}</feature_count>
  <security_and_access_control>- Each family sees only its own tasks</security_and_access_control>
  <core_features>
    <task_management>
${features.join("\n")}
      - Tasks are saved and still there after a restart
    </task_management>
  </core_features>
  <database_schema>tasks: id, title, done, created_at</database_schema>
  <api_endpoints_summary>GET /api/tasks - list tasks</api_endpoints_summary>
  <ui_layout>One list screen</ui_layout>
  <design_system>Calm colours, large touch targets</design_system>
  <implementation_steps>
    <step number="1">
      <title>Set up</title>
      <tasks>- Create the project</tasks>
    </step>
  </implementation_steps>
  <success_criteria>- Every feature works end to end</success_criteria>
</project_specification>
`;
}
