/** GET /: a plain page saying what runs here, until the web app takes this place. */
export function homePage(version: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Trajectory API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}code{background:#f3f3f3;padding:0 .2em}</style>
</head>
<body>
<h1>Trajectory</h1>
<p>The Trajectory API ${version} is running: a coach for the interview question <em>“What are your career goals?”</em></p>
<p>The web app is not here yet. Meanwhile:</p>
<ul>
<li><a href="/api/openapi.json">the API document</a> (OpenAPI 3.1)</li>
<li><a href="/api/health">health</a>, <a href="/api/questions">the question bank</a></li>
<li>analyze an answer: <code>POST /api/analyze</code> with <code>{"answer": "…"}</code> (routes and examples: <code>docs/api.md</code> in the repository)</li>
</ul>
</body>
</html>
`;
}
