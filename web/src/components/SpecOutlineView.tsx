import type { SpecOutline } from "../api/spec.js";

const ACRONYMS = new Set(["api", "ui", "ux", "url", "id"]);

/** `api_endpoints_summary` as "API endpoints summary". */
function sectionTitle(name: string): string {
  const words = name
    .split("_")
    .filter((word) => word.length > 0)
    .map((word) => (ACRONYMS.has(word.toLowerCase()) ? word.toUpperCase() : word));
  const title = words.join(" ");
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The app spec for reading: what the app is, its features by category, and the sections it covers. */
export function SpecOutlineView({
  outline,
  featureCount,
}: {
  outline: SpecOutline;
  featureCount: number | null;
}) {
  const listed = outline.categories.reduce((sum, category) => sum + category.features.length, 0);
  return (
    <div className="spec-outline">
      {outline.overview ? (
        <section className="spec-outline-block">
          <h3 className="spec-outline-title">
            Overview{" "}
            {outline.kind ? (
              <span className="spec-outline-count spec-outline-kind">{outline.kind}</span>
            ) : null}
          </h3>
          {outline.overview.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph} className="spec-outline-overview">
              {paragraph}
            </p>
          ))}
        </section>
      ) : null}
      <section className="spec-outline-block">
        <h3 className="spec-outline-title">
          Features{" "}
          <span className="spec-outline-count">
            {featureCount ?? listed} in {outline.categories.length}{" "}
            {outline.categories.length === 1 ? "category" : "categories"}
          </span>
        </h3>
        <div className="spec-categories">
          {outline.categories.map((category) => (
            <details key={category.name} className="spec-category" open>
              <summary>
                <span className="spec-category-name">{sectionTitle(category.name)}</span>
                <span className="spec-category-count">{category.features.length}</span>
              </summary>
              <ul>
                {category.features.map((feature, index) => (
                  // A spec may list the same feature twice; the validator warns about it, the page still shows both.
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole each time
                  <li key={`${index}-${feature}`}>{feature}</li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      </section>
      {outline.outOfScope.length > 0 ? (
        <section className="spec-outline-block">
          <h3 className="spec-outline-title">Out of scope</h3>
          <ul className="spec-out-of-scope">
            {outline.outOfScope.map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole each time
              <li key={`${index}-${line}`}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="spec-outline-block">
        <h3 className="spec-outline-title">Sections</h3>
        <ul className="spec-sections">
          {outline.sections.map((section) => (
            <li
              key={section.name}
              className={section.empty ? "spec-section spec-section-empty" : "spec-section"}
            >
              {sectionTitle(section.name)}
              {section.empty ? <span className="visually-hidden"> (empty)</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
