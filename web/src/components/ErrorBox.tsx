// A failed request as the user sees it: the server's message and each issue with its key path (and line).
import { ApiFailure } from "../api.js";

export function ErrorBox({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const message = error instanceof Error ? error.message : String(error);
  const issues = error instanceof ApiFailure ? error.issues : [];
  return (
    <div class="error" role="alert">
      <p>{message}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((i) => (
            <li key={`${i.path}:${i.allowed}`}>
              {i.line !== undefined && i.line !== null && <span class="line">line {i.line}</span>}
              <code>{i.path}</code>: got <code>{JSON.stringify(i.value) ?? "nothing"}</code>; allowed:{" "}
              {i.allowed}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
