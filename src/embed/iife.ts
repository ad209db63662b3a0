// The <script src> build: same exports as the module build, as window.CyberRiskCheck.
export * from './index.js';
