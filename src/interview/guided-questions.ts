/**
 * What the guided interviewer asks, in one place so the wording can change without
 * touching the logic. Option ids are what the interviewer acts on; labels and
 * descriptions are what people see. Placeholders in braces ({domain}) are filled in
 * from the person's own words.
 */

export interface GuidedOption {
  id: string;
  label: string;
  description: string;
}

export interface GuidedQuestion {
  header: string;
  question: string;
  multiSelect: boolean;
  options: readonly GuidedOption[];
}

/** Questions answered in the person's own words (no options). */
export const FREE_TEXT_PROMPTS = {
  overview:
    "To start: **what is your app, what does it do, and who is it for?** A few sentences are perfect. Lists are welcome too.",
  overviewMore:
    "Could you tell me a little more? **What does a person actually do with it, and who uses it?** For example: “Parents save recipes, plan the week's dinners and get a shopping list.”",
  techPreferences:
    "Which technologies would you like? Name any you care about (for example “Vue and Python”, “PostgreSQL”, “Next.js”) and I'll fill in the rest.",
  mainExperience:
    "Let's go deep on features, one at a time. **Walk me through what a person does when they open the app**, step by step, from arriving to being done.",
  manages:
    "**What do people create and manage in the app?** List the things, and what each holds.{suggestion}",
  domain:
    "**Anything else {domain} must do?** Anything special to your field counts. Say “no” if that's everything.",
  domainMore: "Noted. **Anything else {domain} must do?** Say “no” if that's everything.",
  clarify: "You wrote “{quote}”. **What exactly should that cover?** A short list is fine.",
  things:
    "**What should it keep track of?** List the things and what each holds, for example “Jobs (customer, address, problem), vans (name, driver)”.{suggestion}",
  commands:
    "**Which commands and options should it have?** For example “rename FOLDER, with --dry-run to only show the new names”. Say “you decide” and I'll work them out from the features.",
  thingsChange:
    "What should change? For example “add invoices with a number and an amount”, “remove priority from jobs”, “rename vans to trucks” or “remove customers”.",
  designChange:
    "What would you like to change? For example “use PostgreSQL”, “add a due date to tasks” or “also track expenses”.",
  reviewChange:
    "What would you like to change? Add a feature (“also export recipes as PDF”), change a technology (“use Vue”), or remove something (“remove: dark mode”).",
} as const;

/** What the interviewer says before a structured question, by step. */
export const QUESTION_LEADS: Readonly<Record<string, string>> = {
  kind: "Thanks! First, so I ask the right questions:",
  "kind-more": "Which kind, then?",
  "features-offline": "Phones lose signal now and then.",
  "tech-runtime": "Let's pick the technology.",
  "tech-mobile": "Let's pick the technology, starting with the app itself.",
  involvement:
    "Thanks, that gives me a good picture. Next, how much of the technical side would you like to decide?",
  "tech-frontend": "Let's pick the technology, starting with what runs in the browser.",
  "tech-backend": "And the server side:",
  data: "Now, data.",
  "features-accounts": "Next: accounts.",
  "features-search": "How will people find what they're looking for?",
  "features-sharing": "What about sharing?",
  "features-settings": "Settings and notifications:",
  "features-dashboards": "Last of the standard areas: dashboards.",
  "design-database": "Now the technical design, one decision at a time. First, the database.",
  "design-api": "Next, the API style.",
  "design-deployment": "And finally, deployment.",
  success: "Nearly there. How will we know it works?",
};

export const KIND_QUESTION: GuidedQuestion = {
  header: "Kind",
  question: "What kind of software is it?",
  multiSelect: false,
  options: [
    { id: "web app", label: "Web app", description: "Opened in a browser, on a computer or a phone." },
    {
      id: "mobile app",
      label: "Mobile app",
      description: "Installed on phones from the App Store or Google Play.",
    },
    {
      id: "command-line tool",
      label: "Command-line tool",
      description: "Run in a terminal with commands and options; no screens.",
    },
    { id: "other", label: "Something else", description: "An API or service, a desktop app or a library." },
  ],
};

/**
 * The kind question for a program said to run on a computer ("a program for the laptop"):
 * a desktop app comes first, since that is what it most often means; a command-line tool is
 * one click away. A phone app, which a program for a computer seldom is, is said in words
 * (four options at most, as every question).
 */
export const KIND_ON_A_COMPUTER_QUESTION: GuidedQuestion = {
  ...KIND_QUESTION,
  options: [
    {
      id: "desktop app",
      label: "Desktop app",
      description: "A program with windows on Windows, macOS or Linux.",
    },
    ...KIND_QUESTION.options.filter((option) => option.id !== "mobile app"),
  ],
};

export const KIND_MORE_QUESTION: GuidedQuestion = {
  header: "Kind",
  question: "Which of these is it?",
  multiSelect: false,
  options: [
    {
      id: "api service",
      label: "An API or service",
      description: "Other programs call it over HTTP; it has no screens of its own.",
    },
    {
      id: "desktop app",
      label: "A desktop app",
      description: "A program with windows on Windows, macOS or Linux.",
    },
    { id: "library", label: "A library", description: "Code other programmers use in their own programs." },
  ],
};

export const THINGS_QUESTION: GuidedQuestion = {
  header: "Your data",
  question: "Is that what it should keep track of?",
  multiSelect: false,
  options: [
    { id: "right", label: "Looks right", description: "Keep exactly these." },
    { id: "change", label: "Change something", description: "Add, remove or rename things or their fields." },
  ],
};

export const OFFLINE_QUESTION: GuidedQuestion = {
  header: "Offline",
  question: "What should the app do without a connection?",
  multiSelect: false,
  options: [
    {
      id: "sync",
      label: "Work offline, sync later",
      description: "Everything works without signal; changes are sent when the phone is back online.",
    },
    { id: "full", label: "Fully offline", description: "Everything stays on the phone; there is no server." },
    { id: "online", label: "Needs a connection", description: "It shows a clear message when offline." },
  ],
};

export const RUNTIME_QUESTION: GuidedQuestion = {
  header: "Language",
  question: "Which language should it be written in?",
  multiSelect: false,
  options: [
    {
      id: "python",
      label: "Python",
      description: "Easy to read and change; runs anywhere Python is installed.",
    },
    { id: "node", label: "Node.js + TypeScript", description: "JavaScript with types; installs with npm." },
    { id: "go", label: "Go", description: "One fast binary with nothing else to install." },
    { id: "rust", label: "Rust", description: "One fast, safe binary; a little slower to build." },
  ],
};

export const MOBILE_QUESTION: GuidedQuestion = {
  header: "App tech",
  question: "What should the phone app be built with?",
  multiSelect: false,
  options: [
    {
      id: "expo",
      label: "React Native + Expo",
      description: "One TypeScript code base for iPhone and Android.",
    },
    { id: "flutter", label: "Flutter", description: "One Dart code base for iPhone and Android." },
    { id: "native", label: "Native", description: "Swift for iPhone and Kotlin for Android." },
    {
      id: "pwa",
      label: "A web app to install (PWA)",
      description: "Runs in the phone's browser; no app store.",
    },
  ],
};

export const INVOLVEMENT_QUESTION: GuidedQuestion = {
  header: "Involvement",
  question: "How involved do you want to be in the technical design?",
  multiSelect: false,
  options: [
    {
      id: "quick",
      label: "Quick",
      description:
        "You describe the app; I work out the database, the API and the screens and show them to you.",
    },
    {
      id: "detailed",
      label: "Detailed",
      description: "I also ask you about the front end, back end, database, API style and deployment.",
    },
  ],
};

export const TECH_QUICK_QUESTION: GuidedQuestion = {
  header: "Technology",
  question: "Shall I pick the technology?",
  multiSelect: false,
  options: [
    {
      id: "defaults",
      label: "Use sensible defaults",
      description:
        "React with TypeScript in the browser, Node.js on the server, SQLite to store data. Popular and easy to run.",
    },
    {
      id: "preferences",
      label: "I have preferences",
      description: "Tell me which languages, frameworks or databases you want.",
    },
  ],
};

export const FRONTEND_QUESTION: GuidedQuestion = {
  header: "Front end",
  question: "What should the front end (what runs in the browser) be built with?",
  multiSelect: false,
  options: [
    {
      id: "react",
      label: "React + TypeScript",
      description: "The most widely used choice, with Vite and Tailwind CSS.",
    },
    { id: "vue", label: "Vue + TypeScript", description: "Gentle to learn, with Vite and Tailwind CSS." },
    { id: "svelte", label: "SvelteKit", description: "Small and fast, little boilerplate." },
    {
      id: "plain",
      label: "Plain HTML, CSS and JavaScript",
      description: "No framework at all; best for very small apps.",
    },
  ],
};

export const BACKEND_QUESTION: GuidedQuestion = {
  header: "Back end",
  question: "What should the back end (the server) be built with?",
  multiSelect: false,
  options: [
    {
      id: "node",
      label: "Node.js + Express",
      description: "TypeScript on the server too, one language everywhere.",
    },
    { id: "python", label: "Python + FastAPI", description: "Clear Python code with automatic API docs." },
    { id: "go", label: "Go", description: "A single fast binary, easy to deploy." },
    { id: "rails", label: "Ruby on Rails", description: "Batteries included, quick to build with." },
  ],
};

export const DATA_QUESTION: GuidedQuestion = {
  header: "Data",
  question: "Does the app need to store data, so it is still there the next time someone opens it?",
  multiSelect: false,
  options: [
    { id: "yes", label: "Yes", description: "What people add is saved in a database." },
    {
      id: "no",
      label: "No",
      description: "Nothing is kept between visits (a calculator, a converter, a game).",
    },
    { id: "unsure", label: "Not sure", description: "I'll choose for you and tell you what I chose." },
  ],
};

export const ACCOUNTS_QUESTION: GuidedQuestion = {
  header: "Accounts",
  question: "Do people need accounts?",
  multiSelect: false,
  options: [
    { id: "none", label: "No accounts", description: "Anyone who opens the app can use it." },
    {
      id: "email",
      label: "Email and password",
      description: "People sign up, log in, and see their own things.",
    },
    {
      id: "social",
      label: "Social login",
      description: "People sign in with Google (or another provider), no new password.",
    },
    {
      id: "roles",
      label: "Roles and permissions",
      description:
        "Accounts plus roles (for example admins and regular members) that can do different things.",
    },
  ],
};

export const SEARCH_QUESTION: GuidedQuestion = {
  header: "Search",
  question: "How should people find things?",
  multiSelect: false,
  options: [
    {
      id: "keyword",
      label: "Search by keyword",
      description: "One search box that looks through names and text.",
    },
    {
      id: "filters",
      label: "Search and filters",
      description: "A search box plus filters and sorting (by date, status, tags…).",
    },
    { id: "none", label: "No search", description: "Lists are short enough to scroll." },
  ],
};

export const SHARING_QUESTION: GuidedQuestion = {
  header: "Sharing",
  question: "Do people share or work on things together?",
  multiSelect: false,
  options: [
    { id: "none", label: "No, it's personal", description: "Everyone sees only their own things." },
    {
      id: "links",
      label: "Share read-only links",
      description: "Send a link so others can look, without editing.",
    },
    { id: "collaborate", label: "Collaborate", description: "Invite others who can view and edit together." },
  ],
};

export const SETTINGS_QUESTION: GuidedQuestion = {
  header: "Settings",
  question: "Which settings and notifications does it need? Pick any (or none).",
  multiSelect: true,
  options: [
    {
      id: "profile",
      label: "Profile and preferences",
      description: "Name, photo, theme, units or language.",
    },
    { id: "email", label: "Email notifications", description: "Emails when something important happens." },
    { id: "in-app", label: "In-app notifications", description: "A bell with a list of what's new." },
    { id: "reminders", label: "Reminders", description: "Reminders before something is due or starts." },
  ],
};

export const DASHBOARDS_QUESTION: GuidedQuestion = {
  header: "Dashboard",
  question: "Does it need a dashboard or reports?",
  multiSelect: false,
  options: [
    {
      id: "overview",
      label: "A simple overview",
      description: "A home screen with counts and what's coming up.",
    },
    {
      id: "charts",
      label: "Charts and reports",
      description: "Charts over time and reports you can export.",
    },
    { id: "none", label: "No dashboard", description: "The lists are enough." },
  ],
};

export const FEATURE_COUNT_QUESTION: GuidedQuestion = {
  header: "Features",
  question: "Does this number of features look right? (You can also type a number, like “about 60”.)",
  multiSelect: false,
  options: [
    { id: "right", label: "Looks right", description: "Build exactly these." },
    {
      id: "more",
      label: "Add more detail",
      description: "Spell out more testable details: validation, empty states, error handling.",
    },
    {
      id: "fewer",
      label: "Fewer, keep it minimal",
      description: "Keep what you said plus only the essentials.",
    },
  ],
};

export const DESIGN_QUICK_QUESTION: GuidedQuestion = {
  header: "Design",
  question: "Does this technical design look good?",
  multiSelect: false,
  options: [
    { id: "good", label: "Looks good", description: "Go on to how we'll know it works." },
    { id: "change", label: "Change something", description: "Tell me what to add or change." },
  ],
};

export const DATABASE_QUESTION: GuidedQuestion = {
  header: "Database",
  question: "Which database should store the data?",
  multiSelect: false,
  options: [
    {
      id: "sqlite",
      label: "SQLite",
      description: "A single file, nothing to install or run. Ideal for small to medium apps.",
    },
    {
      id: "postgres",
      label: "PostgreSQL",
      description: "A full database server; best when many people write at once.",
    },
    { id: "mysql", label: "MySQL", description: "A widely hosted database server." },
    { id: "mongodb", label: "MongoDB", description: "Stores documents instead of tables." },
  ],
};

export const API_QUESTION: GuidedQuestion = {
  header: "API style",
  question: "How should the browser talk to the server?",
  multiSelect: false,
  options: [
    {
      id: "rest",
      label: "REST",
      description: "Plain JSON endpoints like GET /api/items; simple and well understood.",
    },
    {
      id: "graphql",
      label: "GraphQL",
      description: "One endpoint where the page asks for exactly the fields it needs.",
    },
    {
      id: "server-rendered",
      label: "Server-rendered pages",
      description: "The server sends finished HTML pages and forms.",
    },
  ],
};

export const DEPLOYMENT_QUESTION: GuidedQuestion = {
  header: "Deployment",
  question: "Where will the app run?",
  multiSelect: false,
  options: [
    {
      id: "server",
      label: "A single server",
      description: "One process on a small virtual server, behind HTTPS.",
    },
    { id: "docker", label: "Docker", description: "A Docker image started with docker compose." },
    {
      id: "cloud",
      label: "A managed platform",
      description: "A platform such as Render, Fly.io or Railway.",
    },
    { id: "local", label: "Only on my computer", description: "Started locally with one command." },
  ],
};

export const REVIEW_QUESTION: GuidedQuestion = {
  header: "Approval",
  question: "Shall I write the spec?",
  multiSelect: false,
  options: [
    {
      id: "approve",
      label: "Approve and write the spec",
      description: "Writes prompts/app_spec.txt and prompts/initializer_prompt.md.",
    },
    { id: "change", label: "Change something", description: "Tell me what to add, change or remove first." },
  ],
};

/**
 * Success criteria offered as a multi-select; the interviewer keeps those whose
 * placeholders it can fill from the person's features.
 */
export const SUCCESS_OPTIONS: readonly (GuidedOption & { needs: "main" | "data" | "accounts" | "none" })[] = [
  {
    id: "main-flow",
    label: "The main flow works",
    description: "“{main}” works from start to finish without errors.",
    needs: "main",
  },
  {
    id: "kept-safe",
    label: "Nothing gets lost",
    description:
      "{things} people save are still there after a restart, and a failed save never loses their input.",
    needs: "data",
  },
  {
    id: "private",
    label: "Private by default",
    description: "People only ever see their own {things} unless they choose to share them.",
    needs: "accounts",
  },
  {
    id: "phones",
    label: "Works on phones",
    description: "Every screen works on a phone and on a laptop.",
    needs: "none",
  },
];

export const SUCCESS_QUESTION_TEXT = {
  header: "Success",
  question: "How will we know the app works? Pick the ones that matter (or add your own).",
} as const;
