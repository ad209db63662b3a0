// Whether the logo's URL gives an image, checked as the partner types (a wrong logo is a broken
// picture on every page the widget is on). A path on the partner's site cannot be checked here.

import { useEffect, useState } from 'preact/hooks';

export type LogoState = 'none' | 'checking' | 'ok' | 'unreachable' | 'relative';

export function useLogoCheck(url: string | undefined): LogoState {
  const [state, setState] = useState<LogoState>('none');
  useEffect(() => {
    if (!url || url.startsWith('/')) {
      setState(url ? 'relative' : 'none');
      return undefined;
    }
    setState('checking');
    const image = new Image();
    let current = true;
    image.onload = () => current && setState('ok');
    image.onerror = () => current && setState('unreachable');
    image.src = url;
    return () => {
      current = false;
    };
  }, [url]);
  return state;
}
