/**
 * The raw scenario tree: maps, lists and scalars that remember where they were written (file or command
 * line, line, column), read with Jackson's streaming YAML/JSON parsers, plus the dotted-path overrides
 * ({@code variants}, {@code --set}) applied to that tree before it is bound to records.
 */
package org.hasim.scenario.tree;
