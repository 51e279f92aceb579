/**
 * Validation rules over a set of parsed config files ({@link org.hasim.config.ConfigSet}): the catalogue
 * ({@link org.hasim.config.rules.RuleCatalog}, one stable id per rule, documented in
 * {@code docs/validate-rules.md}), the cross-file view the rules share ({@link
 * org.hasim.config.rules.ClusterView}) and the entry point {@link org.hasim.config.rules.Validator}.
 */
package org.hasim.config.rules;
