"use client";

import { useEffect } from "react";

/** Marks the page as interactive once React has hydrated (tests wait for it before typing). */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
