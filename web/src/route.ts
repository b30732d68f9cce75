// Hash routes (#/runs/ID, #/compare/A,B, #/launch, #/bdm, #/synthesis): the server only ever serves "/".
import { useEffect, useState } from "preact/hooks";

export type Route =
  | { readonly page: "runs" }
  | { readonly page: "run"; readonly id: string }
  | { readonly page: "compare"; readonly ids: readonly string[] }
  | { readonly page: "launch" }
  | { readonly page: "bdm" }
  | { readonly page: "synthesis" };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  switch (parts[0]) {
    case "runs":
      return parts[1] ? { page: "run", id: parts[1] } : { page: "runs" };
    case "compare":
      return { page: "compare", ids: (parts[1] ?? "").split(",").filter((id) => id !== "") };
    case "launch":
      return { page: "launch" };
    case "bdm":
      return { page: "bdm" };
    case "synthesis":
      return { page: "synthesis" };
    default:
      return { page: "runs" };
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", onChange);
    return () => removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

export const href = {
  runs: () => "#/",
  run: (id: string) => `#/runs/${encodeURIComponent(id)}`,
  compare: (ids: readonly string[]) => `#/compare/${ids.map(encodeURIComponent).join(",")}`,
};
