// Test fixtures are imported as text through Vite (`?raw`), inside workerd as in Node.
declare module "*?raw" {
  const text: string;
  export default text;
}
