/** A phase of the interview, as a `phase` frame reports it. */
export interface Phase {
  id: string;
  title: string;
}
