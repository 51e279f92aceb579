/**
 * JMH benchmarks of the event kernel (DESIGN §9), run with {@code ./mvnw -pl sim-model -Pbench test}; they are
 * not unit tests and never run in the normal build. Results and method: docs/performance.md.
 */
package org.hasim.bench;
