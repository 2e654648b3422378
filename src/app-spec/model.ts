/**
 * The app spec as data, as engines build it and `renderAppSpec` turns it into
 * `app_spec.txt`. Free-text fields are prose; lists are one item per entry (rendered
 * as `- ` lines).
 */
export interface AppSpecModel {
  projectName: string;
  overview: string;
  technologyStack: {
    frontend: string[];
    backend: string[];
    /** What stores the data, or a sentence starting "none" for an app that keeps nothing. */
    database: string;
    communication: string[];
  };
  prerequisites: string[];
  featureCount: number;
  securityAndAccessControl: string[];
  /** One category per entry; each holds its features. */
  coreFeatures: FeatureCategory[];
  databaseSchema: SchemaTable[];
  apiEndpoints: EndpointGroup[];
  uiLayout: string[];
  designSystem: string[];
  implementationSteps: ImplementationStep[];
  successCriteria: string[];
}

export interface FeatureCategory {
  /** Shown to people, e.g. "Recipe management". Rendered as a snake_case element name. */
  name: string;
  features: string[];
}

export interface SchemaTable {
  name: string;
  /** e.g. "id (primary key)", "title (text, required)". */
  fields: string[];
}

export interface EndpointGroup {
  name: string;
  /** e.g. "GET /api/recipes - list recipes". */
  endpoints: string[];
}

export interface ImplementationStep {
  title: string;
  tasks: string[];
}
