// Line icons drawn for the studio on a 24×24 grid (stroke, no fill), so they follow currentColor.
const PATHS = {
  alert: 'M12 3 2.5 20h19L12 3Zm0 6v5m0 3v.5',
  close: 'M6 6l12 12M18 6 6 18',
  folder: 'M3 6.5A1.5 1.5 0 0 1 4.5 5H9l2 2h8.5A1.5 1.5 0 0 1 21 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5v-11Z',
  table: 'M4 5h16v14H4zM4 10h16M4 14.5h16M10 10v9',
  image: 'M4 5h16v14H4zM4 16l4.5-4.5 3 3 3-3L20 17M9 9.5a1 1 0 1 0 0-.01',
  trash: 'M4 7h16M9 7V4.5h6V7M6.5 7l1 12.5h9l1-12.5M10 11v5M14 11v5',
  play: 'M7 4.5v15L19.5 12 7 4.5Z',
  pause: 'M8 5v14M16 5v14',
  stop: 'M6 6h12v12H6z',
  back: 'M15 5l-7 7 7 7',
  gear: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm0-6v3m0 12v3M3 12h3m12 0h3M5.6 5.6l2.1 2.1m8.6 8.6 2.1 2.1M5.6 18.4l2.1-2.1m8.6-8.6 2.1-2.1',
  plus: 'M12 5v14M5 12h14',
  edit: 'M4 20h4L19 9l-4-4L4 16v4ZM13.5 6.5l4 4',
  layers: 'M12 3 3 8l9 5 9-5-9-5ZM3 12.5l9 5 9-5M3 17l9 5 9-5',
  chart: 'M4 4v16h16M7 15l4-5 3 3 5-7',
  data: 'M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3Zm0 0v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3',
  export: 'M12 15V3m0 0L7.5 7.5M12 3l4.5 4.5M5 13v6h14v-6',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  open: 'M4 19V6.5A1.5 1.5 0 0 1 5.5 5H9l2 2h7.5A1.5 1.5 0 0 1 20 8.5V10M4 19l3-8h15l-3 8H4Z',
  forget: 'M5 12h14',
  home: 'M4 11 12 4l8 7v9h-5v-6H9v6H4v-9Z',
  sparkle: 'M12 3v4m0 10v4M3 12h4m10 0h4M6 6l2.5 2.5m7 7L18 18M6 18l2.5-2.5m7-7L18 6',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
