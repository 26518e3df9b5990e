/**
 * Text contrast of a card under Teams' light and dark themes, from the colours of Microsoft's
 * published Teams host configs (the AdaptiveCards repository's samples/HostConfig, which the
 * Agents Playground's light theme matches). High contrast replaces every colour with the
 * system's, so only these two can go wrong.
 */
type Style = 'default' | 'emphasis' | 'accent' | 'good' | 'attention' | 'warning';
type Colour = 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';

interface Theme {
  background: Record<Style, string>;
  /** Foregrounds on the default and emphasis backgrounds, then on the tinted ones. */
  plain: Record<Colour, string>;
  tinted: Record<Colour, string>;
  subtle: { plain: string; tinted: string };
}

const TINTS = { accent: '#C7DEF9', good: '#CCFFCC', attention: '#FFC5B2', warning: '#FFE2B2' };

export const TEAMS_THEMES: Record<'light' | 'dark', Theme> = {
  light: {
    background: { default: '#FFFFFF', emphasis: '#F9F8F7', ...TINTS },
    plain: { Default: '#252424', Accent: '#6264A7', Good: '#92C353', Warning: '#F8D22A', Attention: '#C4314B' },
    tinted: { Default: '#252424', Accent: '#6264A7', Good: '#92C353', Warning: '#F8D22A', Attention: '#C4314B' },
    subtle: { plain: '#BF252424', tinted: '#BF252424' },
  },
  dark: {
    background: { default: '#2D2C2C', emphasis: '#292828', ...TINTS },
    plain: { Default: '#FFFFFF', Accent: '#A6A7DC', Good: '#92C353', Warning: '#F8D22A', Attention: '#D74654' },
    tinted: { Default: '#201F1F', Accent: '#A6A7DC', Good: '#92C353', Warning: '#F8D22A', Attention: '#D74654' },
    subtle: { plain: '#BFFFFFFF', tinted: '#FF2D2C2C' },
  },
};

/** `#RRGGBB` or `#AARRGGBB` as RGB 0–255, with alpha 0–1. */
function parse(hex: string): { rgb: number[]; alpha: number } {
  const digits = hex.slice(1);
  const alpha = digits.length === 8 ? parseInt(digits.slice(0, 2), 16) / 255 : 1;
  const rgb = digits.slice(-6).match(/../g)!.map((pair) => parseInt(pair, 16));
  return { rgb, alpha };
}

function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of a (possibly translucent) foreground over a background. */
export function contrast(foreground: string, background: string): number {
  const fg = parse(foreground);
  const bg = parse(background).rgb;
  const blended = fg.rgb.map((c, i) => c * fg.alpha + bg[i]! * (1 - fg.alpha));
  const [a, b] = [luminance(blended), luminance(bg)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

export interface TextContrast {
  theme: string;
  text: string;
  ratio: number;
}

/** Every TextBlock's contrast in both themes, given the container style it sits in. */
export function textContrasts(card: unknown): TextContrast[] {
  const out: TextContrast[] = [];
  const walk = (node: unknown, style: Style): void => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, style));
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const here = record.type === 'Container' && typeof record.style === 'string' ? (record.style as Style) : style;
    if (record.type === 'TextBlock') {
      for (const [name, theme] of Object.entries(TEAMS_THEMES)) {
        const tinted = here !== 'default' && here !== 'emphasis';
        const colour = (record.color as Colour | undefined) ?? 'Default';
        const fg = record.isSubtle === true && colour === 'Default' ? theme.subtle[tinted ? 'tinted' : 'plain'] : theme[tinted ? 'tinted' : 'plain'][colour];
        out.push({ theme: name, text: String(record.text).slice(0, 60), ratio: Math.round(contrast(fg, theme.background[here]) * 100) / 100 });
      }
    }
    for (const [key, value] of Object.entries(record)) if (key !== 'data') walk(value, here);
  };
  walk(card, 'default');
  return out;
}
