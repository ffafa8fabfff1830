// The bundled sample firms are fictional, so their marks are drawn here: one icon mark (shapes only, so it
// renders the same on any machine) and one wordmark (icon + name) per firm, each with its own shape and
// colours so that the evaluation can tell them apart. bench/media/generate-sample-logos.ts writes them to
// config/logos/<firmId>/.

export interface SampleMark {
  firmId: string;
  name: string;
  /** Primary and secondary colours; decoys in the evaluation reuse them. */
  colours: [string, string];
  /** SVG body of the icon, drawn in a 100x100 box. */
  icon: string;
}

export const SAMPLE_MARKS: readonly SampleMark[] = [
  { firmId: 'qorvex', name: 'QORVEX', colours: ['#6b3fd4', '#f2b705'],
    icon: '<polygon points="50,4 90,27 90,73 50,96 10,73 10,27" fill="#6b3fd4"/>'
      + '<circle cx="50" cy="50" r="22" fill="none" stroke="#f2b705" stroke-width="10"/>'
      + '<rect x="56" y="58" width="24" height="10" transform="rotate(45 62 63)" fill="#f2b705"/>' },
  { firmId: 'zyntra', name: 'zyntra', colours: ['#0aa37f', '#0b2545'],
    icon: '<rect x="6" y="6" width="88" height="88" rx="18" fill="#0b2545"/>'
      + '<polygon points="24,24 78,24 78,36 42,66 78,66 78,78 22,78 22,66 58,36 24,36" fill="#0aa37f"/>' },
  { firmId: 'moonvale', name: 'Moonvale', colours: ['#1d4ed8', '#e5e7eb'],
    icon: '<circle cx="50" cy="50" r="46" fill="#1d4ed8"/>'
      + '<circle cx="62" cy="40" r="30" fill="#e5e7eb"/><circle cx="72" cy="32" r="26" fill="#1d4ed8"/>'
      + '<polygon points="14,78 34,56 50,72 66,52 86,78" fill="#e5e7eb"/>' },
  { firmId: 'brisklane', name: 'BRISKLANE', colours: ['#e4572e', '#17bebb'],
    icon: '<polygon points="8,80 40,20 56,20 24,80" fill="#e4572e"/>'
      + '<polygon points="36,80 68,20 84,20 52,80" fill="#17bebb"/>'
      + '<rect x="6" y="86" width="88" height="8" fill="#e4572e"/>' },
  { firmId: 'tradelyx', name: 'Tradelyx', colours: ['#111827', '#22c55e'],
    icon: '<rect x="10" y="52" width="16" height="38" fill="#22c55e"/><rect x="32" y="34" width="16" height="56" fill="#111827"/>'
      + '<rect x="54" y="16" width="16" height="74" fill="#22c55e"/><polygon points="74,8 96,8 96,30" fill="#111827"/>'
      + '<polyline points="10,44 40,22 60,30 92,8" fill="none" stroke="#111827" stroke-width="6"/>' },
  { firmId: 'nebulix', name: 'NEBULIX', colours: ['#db2777', '#fbcfe8'],
    icon: '<polygon points="50,2 61,38 98,38 68,60 79,96 50,74 21,96 32,60 2,38 39,38" fill="#db2777"/>'
      + '<circle cx="50" cy="54" r="12" fill="#fbcfe8"/>' },
  { firmId: 'halvora', name: 'Halvora', colours: ['#b45309', '#fde68a'],
    icon: '<path d="M10 90 V10 H30 V40 H70 V10 H90 V90 H70 V60 H30 V90 Z" fill="#b45309"/>'
      + '<rect x="36" y="44" width="28" height="12" fill="#fde68a"/>' },
];

export function iconSvg(mark: SampleMark): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 100 100">${mark.icon}</svg>\n`;
}

/** Icon on the left, the name in a bold sans face on the right (DejaVu ships with Debian and the CI image). */
export function wordmarkSvg(mark: SampleMark): string {
  const width = 110 + mark.name.length * 62;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="100" viewBox="0 0 ${width} 100">`
    + `<g transform="translate(4 4) scale(0.92)">${mark.icon}</g>`
    + `<text x="106" y="74" font-family="DejaVu Sans" font-weight="bold" font-size="68" fill="${mark.colours[0]}">${mark.name}</text>`
    + '</svg>\n';
}
