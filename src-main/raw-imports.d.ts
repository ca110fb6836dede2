// Vite inlines `?raw` imports as strings (used for the numbered .sql migrations).
declare module '*.sql?raw' {
  const text: string;
  export default text;
}
