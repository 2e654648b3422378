import { useCallback, useEffect, useRef, useState } from "react";
import type { ClientFrame, ServerFrame } from "../../../src/types/wire.js";
import { accessToken } from "../api/access-token.js";
import {
  DEFAULT_RECONNECT_POLICY,
  type LinkEffect,
  type LinkEvent,
  type LinkState,
  nextLink,
  type ReconnectPolicy,
} from "../logic/reconnect.js";
import { parseServerFrame } from "../logic/server-frame.js";
import { socketUrl } from "../logic/socket-url.js";

function sendOn(socket: WebSocket): (frame: ClientFrame) => boolean {
  return (frame) => {
    if (socket.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(frame));
    return true;
  };
}

/** The protocol's keep-alive: the page pings this often and ignores the pong. */
const PING_INTERVAL_MS = 30_000;

export interface SpecSocketOptions {
  projectName: string;
  /** Connects while true; the socket is closed when it turns false or the page leaves. */
  active: boolean;
  onFrame: (frame: ServerFrame) => void;
  /** Called on every successful open; `first` only for the first one of this conversation. */
  onOpen: (details: { first: boolean; send: (frame: ClientFrame) => boolean }) => void;
  /** Called when an open connection drops. */
  onDrop: () => void;
  policy?: ReconnectPolicy;
}

export interface SpecSocket {
  link: LinkState;
  /** Whole seconds until the next attempt while waiting to reconnect. */
  secondsLeft: number | null;
  /** Sends a frame; false when there is no open connection to send it on. */
  send: (frame: ClientFrame) => boolean;
  retryNow: () => void;
}

/**
 * The interview's WebSocket, reconnecting by itself with backoff. The decisions are the
 * pure state machine's (logic/reconnect.ts); this hook owns the socket and the timer.
 */
export function useSpecSocket(options: SpecSocketOptions): SpecSocket {
  const { projectName, active } = options;
  const policy = options.policy ?? DEFAULT_RECONNECT_POLICY;
  const [link, setLink] = useState<LinkState>({ status: "idle" });
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const linkRef = useRef<LinkState>({ status: "idle" });
  const socketRef = useRef<WebSocket | null>(null);
  const timerRef = useRef<number | null>(null);
  const openedBefore = useRef(false);
  const callbacks = useRef(options);
  callbacks.current = options;
  const dispatchRef = useRef<(event: LinkEvent) => void>(() => {});

  useEffect(() => {
    if (!active) return;
    linkRef.current = { status: "idle" };
    openedBefore.current = false;

    const openSocket = () => {
      const socket = new WebSocket(socketUrl(window.location, projectName, accessToken()));
      socketRef.current = socket;
      socket.onopen = () => {
        if (socketRef.current !== socket) return;
        dispatch({ type: "opened" });
        const first = !openedBefore.current;
        openedBefore.current = true;
        callbacks.current.onOpen({ first, send: sendOn(socket) });
      };
      socket.onmessage = (message: MessageEvent) => {
        if (socketRef.current !== socket || typeof message.data !== "string") return;
        const frame = parseServerFrame(message.data);
        if (frame) callbacks.current.onFrame(frame);
      };
      socket.onclose = (close: CloseEvent) => {
        if (socketRef.current !== socket) return;
        socketRef.current = null;
        if (linkRef.current.status === "open") callbacks.current.onDrop();
        dispatch({ type: "closed", code: close.code, reason: close.reason, online: navigator.onLine });
      };
    };

    const run = (effect: LinkEffect) => {
      switch (effect.type) {
        case "open-socket":
          openSocket();
          return;
        case "close-socket": {
          const socket = socketRef.current;
          socketRef.current = null;
          socket?.close(1000, "Page closed the conversation");
          return;
        }
        case "start-timer":
          if (timerRef.current !== null) window.clearTimeout(timerRef.current);
          timerRef.current = window.setTimeout(() => {
            timerRef.current = null;
            dispatch({ type: "timer-elapsed" });
          }, effect.delayMs);
          setDeadline(Date.now() + effect.delayMs);
          setNow(Date.now());
          return;
        case "cancel-timer":
          if (timerRef.current !== null) window.clearTimeout(timerRef.current);
          timerRef.current = null;
          setDeadline(null);
          return;
      }
    };

    const dispatch = (event: LinkEvent) => {
      const step = nextLink(linkRef.current, event, policy);
      linkRef.current = step.state;
      setLink(step.state);
      for (const effect of step.effects) run(effect);
    };
    dispatchRef.current = dispatch;

    const wentOffline = () => dispatch({ type: "went-offline" });
    const cameOnline = () => dispatch({ type: "came-online" });
    window.addEventListener("offline", wentOffline);
    window.addEventListener("online", cameOnline);
    const ping = window.setInterval(() => {
      if (socketRef.current?.readyState === WebSocket.OPEN)
        socketRef.current.send(JSON.stringify({ type: "ping" }));
    }, PING_INTERVAL_MS);

    dispatch({ type: "connect" });
    return () => {
      window.removeEventListener("offline", wentOffline);
      window.removeEventListener("online", cameOnline);
      window.clearInterval(ping);
      dispatch({ type: "stop" });
      dispatchRef.current = () => {};
    };
  }, [active, projectName, policy]);

  // A countdown a person can read: ticks once a second while waiting to reconnect.
  useEffect(() => {
    if (deadline === null) return;
    const tick = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(tick);
  }, [deadline]);

  const send = useCallback((frame: ClientFrame): boolean => {
    const socket = socketRef.current;
    return socket ? sendOn(socket)(frame) : false;
  }, []);

  const retryNow = useCallback(() => dispatchRef.current({ type: "retry-now" }), []);

  const secondsLeft =
    link.status === "waiting" && deadline !== null ? Math.max(0, Math.ceil((deadline - now) / 1000)) : null;
  return { link, secondsLeft, send, retryNow };
}
