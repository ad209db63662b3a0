// Details on demand: a native <details> (keyboard and screen readers know it) whose content is
// first rendered when it is first opened, so that a closed section costs nothing on the results'
// first screen, and stays rendered after, so that what the owner set inside it is kept.

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface DisclosureProps {
  summary: string;
  /** For the host page's ::part() styling and for tests. */
  part: string;
  children: ComponentChildren;
}

export function Disclosure({ summary, part, children }: DisclosureProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details class="disclosure" part={part} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && <div class="disclosure-body">{children}</div>}
    </details>
  );
}
