/**
 * The technology the guided interviewer can write into a spec: what each option means
 * in the spec's technology stack, what must be installed, and the words in a person's
 * reply that name it.
 */

export interface StackChoice {
  /** Lines for the spec's technology stack. */
  stack: readonly string[];
  /** What a developer needs installed. */
  prerequisites: readonly string[];
  /** Lower-case words or phrases that name this choice in free text. */
  keywords: readonly string[];
}

export const FRONTEND_CHOICES: Record<string, StackChoice> = {
  react: {
    stack: [
      "React 18 with TypeScript",
      "Vite for development and builds",
      "Tailwind CSS for styling",
      "React Router",
    ],
    prerequisites: [],
    keywords: ["react"],
  },
  next: {
    stack: ["Next.js with React and TypeScript", "Tailwind CSS for styling"],
    prerequisites: [],
    keywords: ["next.js", "nextjs", "next js"],
  },
  vue: {
    stack: [
      "Vue 3 with TypeScript",
      "Vite for development and builds",
      "Tailwind CSS for styling",
      "Vue Router",
    ],
    prerequisites: [],
    keywords: ["vue", "nuxt"],
  },
  svelte: {
    stack: ["SvelteKit with TypeScript", "Tailwind CSS for styling"],
    prerequisites: [],
    keywords: ["svelte", "sveltekit"],
  },
  angular: {
    stack: ["Angular with TypeScript", "Angular Material components"],
    prerequisites: [],
    keywords: ["angular"],
  },
  plain: {
    stack: ["Plain HTML, CSS and JavaScript (no framework)", "Modern CSS with custom properties"],
    prerequisites: [],
    keywords: ["plain html", "vanilla", "no framework", "plain javascript"],
  },
};

export const BACKEND_CHOICES: Record<string, StackChoice> = {
  node: {
    stack: ["Node.js 20 with TypeScript", "Express for the HTTP API", "Zod to validate request bodies"],
    prerequisites: ["Node.js 20 or newer", "npm"],
    keywords: ["node", "express", "typescript backend", "fastify", "nest"],
  },
  python: {
    stack: ["Python 3.12", "FastAPI for the HTTP API", "Pydantic models to validate requests"],
    prerequisites: ["Python 3.12 or newer", "pip or uv"],
    keywords: ["python", "fastapi", "flask", "django"],
  },
  go: {
    stack: ["Go 1.22", "The standard library's net/http with the chi router"],
    prerequisites: ["Go 1.22 or newer"],
    keywords: ["golang", " go ", "go backend", "in go"],
  },
  rails: {
    stack: ["Ruby on Rails 7"],
    prerequisites: ["Ruby 3.3 or newer", "Bundler"],
    keywords: ["rails", "ruby"],
  },
  php: {
    stack: ["PHP 8.3 with Laravel"],
    prerequisites: ["PHP 8.3 or newer", "Composer"],
    keywords: ["php", "laravel"],
  },
  java: {
    stack: ["Java 21 with Spring Boot"],
    prerequisites: ["Java 21 (JDK)", "Maven or Gradle"],
    keywords: ["java", "spring boot"],
  },
  dotnet: {
    stack: ["C# with ASP.NET Core"],
    prerequisites: [".NET 8 SDK"],
    keywords: [".net", "c#", "asp.net", "dotnet"],
  },
};

export const DATABASE_CHOICES: Record<string, StackChoice> = {
  sqlite: {
    stack: ["SQLite (a single database file, no server to run)"],
    prerequisites: [],
    keywords: ["sqlite"],
  },
  postgres: {
    stack: ["PostgreSQL 16"],
    prerequisites: ["PostgreSQL 16 running locally (or in Docker)"],
    keywords: ["postgres", "postgresql", "supabase"],
  },
  mysql: {
    stack: ["MySQL 8"],
    prerequisites: ["MySQL 8 running locally (or in Docker)"],
    keywords: ["mysql", "mariadb"],
  },
  mongodb: {
    stack: ["MongoDB 7 (document collections)"],
    prerequisites: ["MongoDB 7 running locally (or in Docker)"],
    keywords: ["mongo", "mongodb"],
  },
};

export const API_STYLE_CHOICES: Record<string, StackChoice> = {
  rest: {
    stack: ["REST API with JSON over HTTP", "fetch from the browser"],
    prerequisites: [],
    keywords: ["rest", "json api"],
  },
  graphql: {
    stack: ["GraphQL API over HTTP", "A typed GraphQL client in the browser"],
    prerequisites: [],
    keywords: ["graphql"],
  },
  "server-rendered": {
    stack: ["Server-rendered HTML pages and forms", "Small JSON endpoints only where a page needs them"],
    prerequisites: [],
    keywords: ["server-rendered", "server rendered", "htmx"],
  },
};

export const DEPLOYMENT_CHOICES: Record<string, StackChoice> = {
  server: {
    stack: ["Deployed as one process on a small virtual server behind an HTTPS reverse proxy"],
    prerequisites: [],
    keywords: ["vps", "single server", "own server"],
  },
  docker: {
    stack: ["Packaged as a Docker image and started with docker compose"],
    prerequisites: ["Docker with docker compose"],
    keywords: ["docker", "container", "kubernetes"],
  },
  cloud: {
    stack: ["Deployed to a managed platform such as Render, Fly.io or Railway"],
    prerequisites: [],
    keywords: [
      "render.com",
      "fly.io",
      "heroku",
      "vercel",
      "netlify",
      "aws",
      "azure",
      "gcp",
      "managed platform",
    ],
  },
  local: {
    stack: ["Runs locally with one command; no hosting needed"],
    prerequisites: [],
    keywords: ["locally", "my computer", "my laptop", "local only"],
  },
};

/** What "sensible defaults" means, in the words a person who chose Quick is shown. */
export const DEFAULT_STACK_SUMMARY =
  "React with TypeScript in the browser, Node.js on the server, and SQLite for the data";

export const DEFAULT_CHOICES = {
  frontend: "react",
  backend: "node",
  database: "sqlite",
  apiStyle: "rest",
  deployment: "server",
} as const;

/** What a command-line tool or a library is written in. */
export const RUNTIME_CHOICES: Record<string, StackChoice & { libraries: readonly string[] }> = {
  python: {
    stack: ["Python 3.12"],
    libraries: ["argparse from the standard library for commands and flags", "pytest for tests"],
    prerequisites: ["Python 3.12 or newer", "pip or uv"],
    keywords: ["python"],
  },
  node: {
    stack: ["Node.js 20 with TypeScript"],
    libraries: ["commander for commands and flags", "vitest for tests"],
    prerequisites: ["Node.js 20 or newer", "npm"],
    keywords: ["node", "typescript", "javascript", "deno", "bun"],
  },
  go: {
    stack: ["Go 1.22"],
    libraries: ["the standard library's flag package for commands and flags", "go test"],
    prerequisites: ["Go 1.22 or newer"],
    keywords: ["golang", " go ", "in go"],
  },
  rust: {
    stack: ["Rust (stable)"],
    libraries: ["clap for commands and flags", "cargo test"],
    prerequisites: ["Rust with cargo"],
    keywords: ["rust", "cargo"],
  },
};

/** What a phone app is built with. */
export const MOBILE_CHOICES: Record<string, StackChoice> = {
  expo: {
    stack: [
      "React Native with Expo and TypeScript",
      "Expo Router for navigation",
      "expo-sqlite on the phone",
    ],
    prerequisites: ["Node.js 20 or newer with npm", "The Expo Go app on a phone, or an emulator"],
    keywords: ["react native", "expo"],
  },
  flutter: {
    stack: ["Flutter with Dart", "sqflite on the phone"],
    prerequisites: ["The Flutter SDK", "An Android emulator or iOS simulator"],
    keywords: ["flutter", "dart"],
  },
  native: {
    stack: ["Swift with SwiftUI for iPhone", "Kotlin with Jetpack Compose for Android"],
    prerequisites: ["Xcode (for iPhone)", "Android Studio (for Android)"],
    keywords: ["swift", "kotlin", "swiftui", "native"],
  },
  pwa: {
    stack: [
      "A progressive web app (PWA) in React with TypeScript",
      "A service worker for offline use",
      "IndexedDB on the phone",
    ],
    prerequisites: ["Node.js 20 or newer with npm"],
    keywords: ["pwa", "progressive web app"],
  },
};

/** A desktop program's shell. */
export const DESKTOP_STACK = [
  "Electron with React and TypeScript",
  "SQLite in the user's data folder when it keeps data",
];

/** What "sensible defaults" means for each kind of software, in the words shown to a person. */
export const DEFAULT_STACK_SUMMARIES: Record<string, string> = {
  "web app": DEFAULT_STACK_SUMMARY,
  "mobile app":
    "React Native with Expo for iPhone and Android, and a small Node.js server with SQLite to sync",
  "command-line tool": "Python 3.12 with argparse, tested with pytest",
  "api service": "Node.js with Express and TypeScript, SQLite for the data and a REST API",
  "desktop app": "Electron with React and TypeScript, and SQLite for the data",
  library: "Python 3.12, tested with pytest",
};
