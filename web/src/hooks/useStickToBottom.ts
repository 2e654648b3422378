import { type RefObject, useCallback, useEffect, useRef } from "react";

/** How close to the end (in pixels) still counts as reading the newest message. */
const NEAR_BOTTOM = 80;

/**
 * Keeps a scrolling conversation at its newest line while the person is there, as text
 * streams in and messages grow; once they scroll up to reread, it leaves them be.
 * Returns the scroll handler for the container and a way to jump to the end.
 */
export function useStickToBottom(
  scrollRef: RefObject<HTMLElement | null>,
  contentRef: RefObject<HTMLElement | null>,
): { onScroll: () => void; toBottom: () => void } {
  const pinned = useRef(true);
  const lastTop = useRef(0);

  const toBottom = useCallback(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    pinned.current = true;
    scroller.scrollTop = scroller.scrollHeight;
    lastTop.current = scroller.scrollTop;
  }, [scrollRef]);

  const onScroll = useCallback(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const nearBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < NEAR_BOTTOM;
    // Only the person scrolling up lets go of the end; content growing or the window
    // changing size (which can fire scroll events too) does not.
    const movedUp = scroller.scrollTop < lastTop.current;
    lastTop.current = scroller.scrollTop;
    pinned.current = nearBottom || (pinned.current && !movedUp);
  }, [scrollRef]);

  useEffect(() => {
    const content = contentRef.current;
    const scroller = scrollRef.current;
    if (!content || !scroller) return;
    const observer = new ResizeObserver(() => {
      if (!pinned.current) return;
      scroller.scrollTop = scroller.scrollHeight;
      lastTop.current = scroller.scrollTop;
    });
    observer.observe(content);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [contentRef, scrollRef]);

  return { onScroll, toBottom };
}
