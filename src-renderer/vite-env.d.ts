// Types for what Vite resolves in the renderer: CSS modules, assets and
// `import.meta.env`.
/// <reference types="vite/client" />
