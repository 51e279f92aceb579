/**
 * JMH benchmarks (DESIGN §9): the event kernel's hold model and the cost of a probe window in a ten-year
 * run; run with {@code ./mvnw -pl sim-model -Pbench test}. They are not unit tests and never run in the
 * normal build. Results and method: docs/performance.md.
 */
package org.hasim.bench;
