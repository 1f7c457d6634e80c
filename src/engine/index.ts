/** The engine's public surface. Pure TypeScript: no DOM, no browser APIs. */
export { analyze, analyzeDraft, clearCache, type Analysis } from './analyze';
export { RULES, RULES_BY_ID } from './rules';
export { warmUpStep } from './rule';
export { TEMPLATES, TEMPLATES_BY_ID, renderTemplate, templatesFor, PLACEHOLDERS, type Template } from './templates';
export * from './types';
export { compilePolicy, resolveSeverity, type CompiledPolicy, type PolicyInput } from './policy';
