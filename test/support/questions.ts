/** AskUserQuestion inputs as a model would send them, shared by the engine and server tests. */

export const audienceQuestion = {
  questions: [
    {
      question: "Who will use the app?",
      header: "Audience",
      options: [
        { label: "Families (Recommended)", description: "Parents and children" },
        { label: "Teams", description: "People at work" },
      ],
      multiSelect: false,
    },
  ],
};

export const platformQuestion = {
  questions: [
    {
      question: "Where should the app run?",
      header: "Platform",
      options: [
        { label: "Web (Recommended)", description: "Works in any browser" },
        { label: "Phone", description: "An app for iOS and Android" },
      ],
      multiSelect: false,
    },
  ],
};
