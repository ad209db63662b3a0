// What a partner pastes to edit an existing set-up: the JSON itself, or a whole snippet with the
// JSON inside its <script type="application/json">.

export type Pasted = { ok: true; raw: unknown } | { ok: false; detail: string };

export function readPasted(text: string): Pasted {
  const inline = /<script\s+type=["']application\/json["']\s*>([\s\S]*?)<\/script>/i.exec(text);
  const json = (inline?.[1] ?? text).trim();
  if (json === '') return { ok: false, detail: inline ? 'empty <script>' : 'empty' };
  try {
    return { ok: true, raw: JSON.parse(json) as unknown };
  } catch (error) {
    return { ok: false, detail: (error as Error).message.slice(0, 120) };
  }
}
