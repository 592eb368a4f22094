// Tests load fixtures through Vite, inside workerd as in Node: `?raw` imports and import.meta.glob.
/// <reference types="vite/client" />
